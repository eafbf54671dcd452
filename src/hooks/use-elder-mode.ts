import { usePreferences } from '../stores/preferences'
import { systemPrefersLargeText } from '../platform/system'
import { resolveElderMode } from '../utils/elder-mode'

export function useElderMode(): boolean {
  const choice = usePreferences((s) => s.elderChoice)
  return resolveElderMode(choice, systemPrefersLargeText())
}
