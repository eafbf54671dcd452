import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { PRIVACY_POLICY_VERSION } from '../services/contract'
import { accountCall as call } from './account-call'
import { platformName } from '../platform/env'
import { persistStorage } from './persist-storage'

interface ConsentState {
  agreedVersion: string | null
  agreedAt: string | null
  /** The server has not stored this agreement yet (offline, or not signed in). */
  unsynced: boolean
  agree(now?: Date): void
  sync(): Promise<void>
}

export const useConsent = create<ConsentState>()(
  persist(
    (set, get) => ({
      agreedVersion: null,
      agreedAt: null,
      unsynced: false,
      agree(now = new Date()) {
        set({ agreedVersion: PRIVACY_POLICY_VERSION, agreedAt: now.toISOString(), unsynced: true })
        void get().sync()
      },
      async sync() {
        const { agreedVersion, unsynced } = get()
        if (!unsynced || agreedVersion === null) return
        try {
          await call('POST /api/v1/privacy/consents', {
            body: { version: agreedVersion, channel: platformName },
          })
          set({ unsynced: false })
        } catch {
          // Kept local and retried at the next launch.
        }
      },
    }),
    {
      name: 'gov.consent',
      storage: persistStorage,
      version: 1,
      partialize: ({ agreedVersion, agreedAt, unsynced }) => ({
        agreedVersion,
        agreedAt,
        unsynced,
      }),
    },
  ),
)

export function needsConsent(agreedVersion: string | null): boolean {
  return agreedVersion !== PRIVACY_POLICY_VERSION
}
