import { speechOf } from '../../utils/speech-text'

export interface Verdict {
  official: string | null
  foreign: string[]
  warnings: string[]
}

/** What 朗读 says after 验真: the verdict first, then every warning, in the words shown. */
export function verdictSpeech(verdict: Verdict, officialHost: string): string {
  const safe = verdict.foreign.length === 0 && verdict.warnings.length === 0
  return speechOf([
    verdict.official && `官方码：“${verdict.official}”由青山区政务服务平台签发，可放心使用`,
    verdict.foreign.length > 0 &&
      `危险：含有非本平台网址，请不要打开。本平台只使用 ${officialHost}`,
    ...verdict.warnings,
    safe && !verdict.official && '没有发现诈骗特征，但也不是本平台的码；拿不准时请拨打12345核实',
  ])
}
