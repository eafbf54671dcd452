import * as z from 'zod/mini'
import { clean } from '../zod'

/*
 * The console's 搜索词库. The wire is loose on purpose (a phrase up to 200 characters, lists up to
 * 2000 rows): the server checks each row and answers with a Chinese message naming the row.
 */
const Text = z.string().check(z.maxLength(200, '单个词最多200个字'))
const Texts = z.array(Text).check(z.maxLength(200, '一行最多200个词'))

export const SynonymRow = z.object({ say: Texts, means: Texts })
export type SynonymRow = z.infer<typeof SynonymRow>
export const AliasRow = z.object({ id: z.string().check(z.maxLength(100)), terms: Texts })
export type AliasRow = z.infer<typeof AliasRow>
export const BundleEventRow = z.object({ id: z.string().check(z.maxLength(100)), events: Texts })
export type BundleEventRow = z.infer<typeof BundleEventRow>

/** The editable part of the lexicon (fillers and 青山区 places stay in the data file). */
export const LexiconEdits = z.object({
  synonyms: z.array(SynonymRow).check(z.maxLength(2000, '同义说法最多2000组')),
  aliases: z.array(AliasRow).check(z.maxLength(2000, '事项别名最多2000行')),
  bundles: z.array(BundleEventRow).check(z.maxLength(500, '一件事说法最多500行')),
})
export type LexiconEdits = z.infer<typeof LexiconEdits>

export const LexiconSave = z.object({
  ...LexiconEdits.shape,
  /** The version the administrator edited; a save over a newer one is refused. */
  version: z.number().check(z.int(), z.gte(0)),
})

export const ConsoleLexicon = z.object({
  ...LexiconEdits.shape,
  /** 0 while the data file's lexicon is in force; each console save adds one. */
  version: z.number(),
  source: z.enum(['file', 'console']),
  editedAt: z.nullable(z.string()),
  /** Names for the ids in aliases and bundles (the catalog's, 已废止 when no longer in force). */
  names: z.record(z.string(), z.string()),
})
export type ConsoleLexicon = z.infer<typeof ConsoleLexicon>

export const LexiconTry = z.object({
  ...LexiconEdits.shape,
  q: z
    .string()
    .check(
      clean(),
      z.minLength(1, '请输入要试的搜索词，如“营业执照丢了”'),
      z.maxLength(30, '搜索词不能超过30个字'),
    ),
})

export const TriedHit = z.object({
  kind: z.enum(['item', 'bundle']),
  id: z.string(),
  name: z.string(),
  /** What the question matched (社保卡, 丢了). */
  terms: z.array(z.string()),
})
export type TriedHit = z.infer<typeof TriedHit>

/** The same question against the lexicon in force and against the edited one. */
export const LexiconTried = z.object({ current: z.array(TriedHit), edited: z.array(TriedHit) })
export type LexiconTried = z.infer<typeof LexiconTried>
