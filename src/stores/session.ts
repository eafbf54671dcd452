import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { Profile } from '../services/contract'
import { isApiError } from '../services/http'
import { accountCall as call } from './account-call'
import { getLoginCode } from '../platform/login'
import { persistStorage } from './persist-storage'

export type SignInStatus = 'idle' | 'signing-in' | 'failed'

interface SessionState {
  token: string | null
  expiresAt: string | null
  profile: Profile | null
  /** Set by 退出登录: no silent sign-in until the user taps 登录 again. */
  signedOut: boolean
  status: SignInStatus
  error: string | null
  signIn(): Promise<boolean>
  signOut(): Promise<void>
  setProfile(profile: Profile): void
}

let pending: Promise<boolean> | null = null

export const useSession = create<SessionState>()(
  persist(
    (set, get) => ({
      token: null,
      expiresAt: null,
      profile: null,
      signedOut: false,
      status: 'idle',
      error: null,
      signIn() {
        // Concurrent 401s share one sign-in.
        pending ??= (async () => {
          set({ status: 'signing-in', error: null })
          try {
            const login = await getLoginCode()
            if (!login.ok) throw new Error(login.message)
            const res = await call('POST /api/v1/auth/wechat-login', { body: { code: login.code } })
            set({
              token: res.token,
              expiresAt: res.expiresAt,
              profile: res.profile,
              signedOut: false,
              status: 'idle',
            })
            return true
          } catch (error) {
            const message =
              isApiError(error) || error instanceof Error ? error.message : '登录失败，请重试'
            set({ token: null, status: 'failed', error: message })
            return false
          } finally {
            pending = null
          }
        })()
        return pending
      },
      async signOut() {
        if (get().token !== null) await call('POST /api/v1/auth/logout').catch(() => undefined)
        set({
          token: null,
          expiresAt: null,
          profile: null,
          signedOut: true,
          status: 'idle',
          error: null,
        })
      },
      setProfile: (profile) => set({ profile }),
    }),
    {
      name: 'gov.session',
      storage: persistStorage,
      version: 1,
      partialize: ({ token, expiresAt, profile, signedOut }) => ({
        token,
        expiresAt,
        profile,
        signedOut,
      }),
    },
  ),
)

/**
 * Signed in, or about to be: without 退出登录 the launch signs in, so until that sign-in fails the
 * screen keeps the signed-in layout (the entries hold their places, saying they are loading)
 * instead of showing the signed-out one for the moment before the sign-in starts.
 */
export const expectsSignedIn = (
  state: Pick<SessionState, 'profile' | 'signedOut' | 'status'>,
): boolean => state.profile !== null || (!state.signedOut && state.status !== 'failed')

/** Launch: keep a valid session, otherwise sign in silently unless the user signed out. */
export async function ensureSession(now: Date = new Date()): Promise<void> {
  const { token, expiresAt, signedOut, signIn } = useSession.getState()
  const valid =
    token !== null && expiresAt !== null && new Date(expiresAt).getTime() > now.getTime()
  if (!valid && !signedOut) await signIn()
}
