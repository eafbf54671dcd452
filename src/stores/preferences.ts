import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistStorage } from './persist-storage'

/** 跟随系统 follows the WeChat font setting; 开/关 is the user's own choice and wins. */
export type ElderChoice = 'system' | 'on' | 'off'

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
