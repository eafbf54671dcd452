/** The 政务 lexicon (data/reference/search-lexicon.json): fillers, colloquial synonyms, aliases, life events. */
import * as z from 'zod/mini'
import { parseReference, provenance } from '../../reference-data'
import file from '../data/reference/search-lexicon.json'

const Phrase = z.string().check(z.minLength(1), z.maxLength(20))
const Phrases = z.array(Phrase).check(z.minLength(1))

const LexiconFile = z.object({
  ...provenance,
  /** Words of a spoken question that carry no meaning for search (我想, 要办什么, 手续 …). */
  fillers: z.array(Phrase),
  /** 青山区 streets, towns, communities and service points: kept whole when segmenting. */
  places: z.array(Phrase),
  /** What residents say → the catalog's own terms. */
  synonyms: z.array(z.object({ say: Phrases, means: Phrases })),
  /** Extra names of high-frequency items, searched like their keywords. */
  aliases: z.array(z.object({ id: z.string(), terms: Phrases })),
  /** Life events that mean a whole 一件事. */
  bundles: z.array(z.object({ id: z.string(), events: Phrases })),
})
export type Lexicon = z.infer<typeof LexiconFile>

export const lexicon: Lexicon = parseReference(
  'catalog/data/reference/search-lexicon.json',
  LexiconFile,
  file,
)
