/** Anything that is not a letter, a digit or a Han character: spaces, punctuation, emoji. */
const NOT_WORD = /[^\p{Script=Han}\p{L}\p{N}]+/gu

/** The request as rules and search read it: words only, lower case, full-width digits folded. */
export function normalizeAsk(text: string): string {
  return text.normalize('NFKC').replace(NOT_WORD, '').toLowerCase()
}

/**
 * What people wrap a request in (我想…, …要办什么手续): taken off before searching, longest
 * first so 怎么办 goes before 怎么.
 */
const WRAPPERS = [
  '需要什么材料',
  '要办什么手续',
  '需要办什么',
  '要带什么',
  '要办什么',
  '怎么办理',
  '在哪里办',
  '去哪里办',
  '该怎么办',
  '怎么弄',
  '怎么办',
  '怎么样',
  '去哪办',
  '在哪办',
  '请问',
  '您好',
  '你好',
  '我想',
  '我要',
  '想要',
  '需要',
  '如何',
  '怎么',
  '办理',
  '手续',
  '一下',
  '帮我',
]

export function stripWrappers(text: string): string {
  let rest = text
  for (const wrapper of WRAPPERS) rest = rest.split(wrapper).join('')
  return rest.replace(/[吗呢吧啊呀]+$/u, '')
}
