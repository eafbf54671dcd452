import { usePreferences, type ElderChoice } from '../stores/preferences'
import { systemPrefersLargeText } from '../platform/system'

export function resolveElderMode(choice: ElderChoice, systemLarge: boolean): boolean {
  return choice === 'on' || (choice === 'system' && systemLarge)
}

export function useElderMode(): boolean {
  const choice = usePreferences((s) => s.elderChoice)
  return resolveElderMode(choice, systemPrefersLargeText())
}
