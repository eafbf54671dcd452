import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type helmetType from 'helmet'
import { API_HEADERS, installApiPreflight, isApiUrl } from './cors'
import { MAX_URL_LENGTH, uriTooLong } from './errors'

/** helmet itself, as @fastify/helmet (our dependency) brings it. */
const fromHere = createRequire(__filename)
const helmet = createRequire(fromHere.resolve('@fastify/helmet'))('helmet') as typeof helmetType

/** `'sha256-…'` of each inline `<script>` of the H5 page (Taro's rem sizing), so no other runs. */
export function inlineScriptHashes(html: string): string[] {
  return Array.from(html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g), (match) => {
    const digest = createHash('sha256')
      .update(match[1] ?? '')
      .digest('base64')
    return `'sha256-${digest}'`
  })
}

function pageScriptHashes(staticDir: string | undefined): string[] {
  const index = staticDir && join(staticDir, 'index.html')
  return index && existsSync(index) ? inlineScriptHashes(readFileSync(index, 'utf8')) : []
}

/**
 * What the H5 build needs, and nothing more (checked in Chromium on every route by
 * tests/e2e/csp.e2e.test.ts): its own scripts plus the inline rem script by hash; styles may be
 * inline (Taro's components set style attributes and inject `<style>`); images from itself,
 * `data:` (icons) and `blob:` (photo previews before upload); video from /api/v1/media/files;
 * requests only to itself. The API is called cross-origin only by the weapp (not a browser) and
 * the H5 dev server (no CSP of ours), so CORS in cors.ts is unaffected.
 */
export function contentSecurityPolicy(scriptHashes: string[]) {
  return {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'", ...scriptHashes],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'media-src': ["'self'", 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'script-src-attr': ["'none'"],
    },
  }
}

const SECURITY_OPTIONS = {
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  // The H5 dev server (another port of the same host) shows media and uploads of the API.
  crossOriginResourcePolicy: { policy: 'same-site' },
} as const

/** The headers helmet sets with these options: they depend on nothing in the request. */
export function securityHeaders(scriptHashes: string[]): Record<string, string> {
  const headers: Record<string, string> = {}
  const response = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value
    },
    removeHeader: () => undefined,
  }
  const options = {
    ...SECURITY_OPTIONS,
    contentSecurityPolicy: contentSecurityPolicy(scriptHashes),
  }
  helmet(options)(
    {} as IncomingMessage,
    response as unknown as ServerResponse,
    (error?: unknown) => {
      if (error) throw error
    },
  )
  return headers
}

/**
 * Of helmet's headers, those that protect an answer that is not a page (JSON, a photo, a video,
 * a download): HSTS (the host is HTTPS-only, whatever answer says so), nosniff (no answer is
 * taken for HTML or script), CORP (no other site loads an answer, e.g. a console one sent with
 * its cookie, into its own process). The others only act on a document and what it loads:
 * the page CSP, X-Frame-Options (frame-ancestors below covers it), Referrer-Policy (links and
 * requests a page makes), Cross-Origin-Opener-Policy and Origin-Agent-Cluster (a page's browsing
 * context), X-DNS-Prefetch-Control (a page's links), X-Download-Options (HTML downloads opened
 * in IE 8), X-Permitted-Cross-Domain-Policies (Flash and PDF plug-ins), X-XSS-Protection
 * (old browsers' filter for reflected script in a page).
 */
const KEPT_FOR_ANSWERS = [
  'strict-transport-security',
  'x-content-type-options',
  'cross-origin-resource-policy',
] as const

/**
 * An API answer shown as a document (opened by hand, or an upload that claims to be HTML) may
 * load, run and be framed by nothing.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'"

/** What every `/api/` answer carries: the kept security headers, the API's CSP, CORS (cors.ts). */
export function apiHeaders(page: Readonly<Record<string, string>>): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const name of KEPT_FOR_ANSWERS) {
    const value = page[name]
    if (value !== undefined) headers[name] = value
  }
  return {
    ...headers,
    'content-security-policy': API_CONTENT_SECURITY_POLICY,
    ...API_HEADERS,
  }
}

/**
 * helmet's headers on the H5 page, its assets and the console; the API's own on `/api/`: worked
 * out once, set by one synchronous hook, where @fastify/helmet would run helmet (parsing the CSP
 * anew) and @fastify/cors rebuild its options on every request. The hook also refuses an
 * overlong URL, after the headers are set so the refusal carries them too.
 */
export function installSecurityHeaders(app: FastifyInstance, staticDir?: string): void {
  const page = securityHeaders(pageScriptHashes(staticDir))
  const api = apiHeaders(page)
  app.addHook('onRequest', (request, reply, done) => {
    const { url } = request
    reply.headers(isApiUrl(url) ? api : page)
    done(url.length > MAX_URL_LENGTH ? uriTooLong() : undefined)
  })
  installApiPreflight(app)
}
