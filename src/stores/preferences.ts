import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistStorage } from './persist-storage'

import type { ElderChoice } from '../utils/elder-mode'

export type { ElderChoice }

interface PreferencesState {
  elderChoice: ElderChoice
  setElderChoice(choice: ElderChoice): void
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      elderChoice: 'system',
      setElderChoice: (elderChoice) => set({ elderChoice }),
    }),
    { name: 'gov.preferences', storage: persistStorage, version: 1 },
  ),
)
