export type ElderChoice = 'system' | 'on' | 'off'

/** A manual choice wins; 跟随系统 follows the phone's WeChat font setting. */
export function resolveElderMode(choice: ElderChoice, systemLarge: boolean): boolean {
  return choice === 'on' || (choice === 'system' && systemLarge)
}
