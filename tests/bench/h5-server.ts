// The H5 build served the way `npm start` serves it (the compiled server: API + dist-h5 with
// compression and immutable caching), on a fresh port and a fresh database, for the browser benchmarks.
import path from 'node:path'
import { PRIVACY_POLICY_VERSION } from '../../src/services/contract'
import { startServer } from '../e2e/support/server'

const ROOT = path.resolve(__dirname, '..', '..')

export interface H5Server {
  url: string
  stop(): void
}

/** `cwd` holds the `dist-h5` to serve (the repository's own, or the bare app's). */
export async function startH5Server(cwd = ROOT): Promise<H5Server> {
  const { url, child } = await startServer(cwd)
  return { url, stop: () => child.kill() }
}

/** localStorage of a returning user: privacy notice agreed, 长辈模式 on or off. */
export function returningUserStorage(elder: boolean): Record<string, string> {
  const taroValue = (state: unknown) =>
    JSON.stringify({ data: JSON.stringify({ state, version: 1 }) })
  return {
    'gov.consent': taroValue({
      agreedVersion: PRIVACY_POLICY_VERSION,
      agreedAt: '2026-12-01T00:00:00.000Z',
      unsynced: false,
    }),
    'gov.preferences': taroValue({ elderChoice: elder ? 'on' : 'off' }),
  }
}

export const TABS = {
  首页: '/pages/index/index',
  办事: '/pages/services/index',
  我的: '/pages/mine/index',
} as const

export const LIGHTHOUSE_PAGES = {
  home: '/pages/index/index',
  办事: '/pages/services/index',
  办事指南: '/packages/catalog/pages/guide/index?id=market-llc-setup',
  search: '/packages/catalog/pages/search/index',
} as const
