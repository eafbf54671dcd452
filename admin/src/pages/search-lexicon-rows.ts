import type { ConsoleLexicon, LexiconEdits } from '../../../src/services/contract'

/** A row as the page edits it: terms as one text, split on 、，, and spaces when sent. */
export interface SynonymText {
  key: string
  say: string
  means: string
}
export interface TargetText {
  key: string
  id: string
  name: string
  terms: string
}
export interface LexiconTexts {
  synonyms: SynonymText[]
  aliases: TargetText[]
  bundles: TargetText[]
}

const JOIN = '、'
export const splitTerms = (text: string): string[] =>
  text.split(/[、,，;；\s]+/u).filter((term) => term !== '')

let next = 0
export const rowKey = () => `row-${++next}`

export function toTexts(lexicon: ConsoleLexicon): LexiconTexts {
  const named = (id: string) => lexicon.names[id] ?? id
  return {
    synonyms: lexicon.synonyms.map((s) => ({
      key: rowKey(),
      say: s.say.join(JOIN),
      means: s.means.join(JOIN),
    })),
    aliases: lexicon.aliases.map((a) => ({
      key: rowKey(),
      id: a.id,
      name: named(a.id),
      terms: a.terms.join(JOIN),
    })),
    bundles: lexicon.bundles.map((b) => ({
      key: rowKey(),
      id: b.id,
      name: named(b.id),
      terms: b.events.join(JOIN),
    })),
  }
}

export function toEdits(texts: LexiconTexts): LexiconEdits {
  return {
    synonyms: texts.synonyms.map((s) => ({ say: splitTerms(s.say), means: splitTerms(s.means) })),
    aliases: texts.aliases.map((a) => ({ id: a.id, terms: splitTerms(a.terms) })),
    bundles: texts.bundles.map((b) => ({ id: b.id, events: splitTerms(b.terms) })),
  }
}
