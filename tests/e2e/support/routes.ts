// Every route of the app (from src/app.config.ts, so a page added later is visited too) and
// query strings that show a route with real content.
import { readFileSync } from 'node:fs'
import path from 'node:path'

export function appRoutes(): string[] {
  const config = readFileSync(
    path.resolve(__dirname, '..', '..', '..', 'src', 'app.config.ts'),
    'utf8',
  )
  const main = /pages:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? ''
  const routes = Array.from(main.matchAll(/'([^']+)'/g), (m) => m[1] ?? '')
  for (const m of config.matchAll(/root:\s*'([^']+)',\s*pages:\s*\[([^\]]*)\]/g)) {
    for (const p of (m[2] ?? '').matchAll(/'([^']+)'/g)) routes.push(`${m[1]}/${p[1]}`)
  }
  return routes
}

/** Query strings that show a route with real content (seeded ids). */
export const EXAMPLES: Record<string, string> = {
  'packages/catalog/pages/guide/index': 'id=market-llc-setup',
  'packages/catalog/pages/bundle/index': 'id=bundle-clinic-filing',
  'packages/points/pages/detail/index': 'id=sp-qs-center',
  'packages/points/pages/nearby/index': 'itemId=market-llc-setup',
  'packages/booking/pages/book/index': 'itemId=market-llc-setup',
  'packages/qr/pages/zone/index': 'id=enterprise',
  'packages/qr/pages/queue/index': 'pointId=sp-qs-center',
  'packages/qr/pages/campaign/index': 'id=gift-2026',
  'packages/legal/pages/intake/index': 'topic=labor',
  'packages/cases/pages/apply/index': 'kind=item&id=market-llc-setup',
  'packages/policy/pages/detail/index': 'id=city-training',
  'packages/finance/pages/apply/index': 'product=abc-tax-credit&grade=A',
  'packages/media/pages/live/index': 'id=live-medical-remote',
  'packages/media/pages/video/index': 'id=v-bundle-clinic-filing&chapter=3',
  'packages/family/pages/acting/index': 'done=booked',
  // 智能导办 showing a plan (a 一件事 with its materials, point and actions).
  'packages/guide/pages/ask/index': `q=${encodeURIComponent('开诊所')}`,
}
