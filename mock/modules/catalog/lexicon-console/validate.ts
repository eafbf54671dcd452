/** The rules a console edit of the search lexicon must keep (pure: the ids in force are passed in). */
import type { LexiconEdits } from '../../../../src/services/contract'

export const MAX_TERM = 20
/** What a question keeps after normalising (letters, digits, Han): anything else could never match. */
const SEARCHABLE = /^[\p{L}\p{N}]+$/u

export interface KnownIds {
  items: ReadonlySet<string>
  bundles: ReadonlySet<string>
}

/** The edits with every term trimmed, or the first problem as a message that names the row. */
export function checkLexicon(
  edits: LexiconEdits,
  known: KnownIds,
): { ok: true; edits: LexiconEdits } | { ok: false; message: string } {
  const problems: string[] = []
  const terms = (where: string, list: readonly string[], what: string): string[] => {
    const trimmed = list.map((t) => t.trim())
    if (trimmed.length === 0) problems.push(`${where}：${what}不能为空，请至少填一个词`)
    const seen = new Set<string>()
    for (const term of trimmed) {
      if (term === '') problems.push(`${where}：${what}里有空词，请删去`)
      else if (term.length > MAX_TERM)
        problems.push(`${where}：“${term.slice(0, MAX_TERM)}…”超过${MAX_TERM}个字，请改短`)
      else if (!SEARCHABLE.test(term))
        problems.push(`${where}：“${term}”只能包含汉字、字母和数字（标点和符号搜不到）`)
      else if (seen.has(term)) problems.push(`${where}：“${term}”重复，请删去一个`)
      seen.add(term)
    }
    return trimmed
  }

  const saidIn = new Map<string, number>()
  const synonyms = edits.synonyms.map((row, i) => {
    const where = `同义说法第${i + 1}组`
    const say = terms(where, row.say, '居民说法')
    for (const phrase of say) {
      const earlier = saidIn.get(phrase)
      if (earlier !== undefined && earlier !== i)
        problems.push(`${where}：“${phrase}”已在第${earlier + 1}组，请合并或删去一个`)
      else saidIn.set(phrase, i)
    }
    return { say, means: terms(where, row.means, '对应的目录用语') }
  })

  const ids = (
    kind: string,
    rows: readonly { id: string }[],
    inForce: ReadonlySet<string>,
    what: string,
  ) => {
    const seen = new Set<string>()
    rows.forEach(({ id }, i) => {
      const where = `${kind}第${i + 1}行`
      if (!inForce.has(id))
        problems.push(`${where}：${what}“${id}”不在目录中或已废止，请重新选择${what}`)
      else if (seen.has(id)) problems.push(`${where}：${what}“${id}”已有一行，请合并到那一行`)
      seen.add(id)
    })
  }
  ids('事项别名', edits.aliases, known.items, '事项')
  ids('一件事说法', edits.bundles, known.bundles, '一件事')
  const aliases = edits.aliases.map((row, i) => ({
    id: row.id,
    terms: terms(`事项别名第${i + 1}行`, row.terms, '别名'),
  }))
  const bundles = edits.bundles.map((row, i) => ({
    id: row.id,
    events: terms(`一件事说法第${i + 1}行`, row.events, '说法'),
  }))

  const first = problems[0]
  if (first !== undefined)
    return {
      ok: false,
      message: problems.length > 1 ? `${first}（另有${problems.length - 1}处问题）` : first,
    }
  return { ok: true, edits: { synonyms, aliases, bundles } }
}
