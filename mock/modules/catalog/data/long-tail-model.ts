export type { EntryGroup, PenaltyGroup } from './schema'

export interface Expanded {
  name: string
  main: string
  sub: string
}

/** Expands one vocabulary entry (notation in schema.ts, EntryGroup) into its items' names. */
export function expandEntry(entry: string): Expanded[] {
  const [head = '', list] = entry.split('|')
  if (list === undefined) return [{ name: head, main: head, sub: head }]
  const subs = list.split(',')
  if (head.includes('~')) {
    const main = head.replace('~', '')
    return subs.map((sub) => ({ name: head.replace('~', sub), main, sub }))
  }
  return subs.map((sub) => ({ name: `${head}（${sub}）`, main: head, sub }))
}
