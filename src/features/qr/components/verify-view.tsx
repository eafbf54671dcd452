import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { QR_LINK_BASE, payloadOf } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { OfficialBadge } from '../../../components/official-badge'
import { isApiError } from '../../../services/http'
import { resolveCode } from '../api'
import { foreignLinks, scamWarnings } from '../model'
import { ReadAloud } from '../../../components/read-aloud'
import { type Verdict, verdictSpeech } from '../speech'
import './qr.scss'

const OFFICIAL_HOST = new URL(QR_LINK_BASE).host

/** The official code inside a message, checked by the server; `null` when there is none or it fails. */
async function officialTitle(text: string): Promise<string | null> {
  const candidate = (text.match(/https?:\/\/\S+/g) ?? [text]).find((t) => payloadOf(t) !== null)
  if (!candidate) return null
  const answer = await resolveCode(candidate)
  return answer.result === 'official' ? answer.title : null
}

/** 验真: paste a text or link from an SMS or chat; says whether it is ours and what looks like a scam. */
export function VerifyView() {
  const [text, setText] = useState('')
  const [verdict, setVerdict] = useState<Verdict | null>(null)
  const [error, setError] = useState<string | null>(null)
  const check = async () => {
    setError(null)
    try {
      setVerdict({
        official: await officialTitle(text),
        foreign: foreignLinks(text, OFFICIAL_HOST),
        warnings: scamWarnings(text),
      })
    } catch (e) {
      setError(isApiError(e) ? e.message : '检查失败，请稍后重试')
    }
  }
  const safe = verdict && verdict.foreign.length === 0 && verdict.warnings.length === 0
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-field__label'>粘贴收到的短信、链接或聊天内容</Text>
        <Textarea
          className='qr-verify__input'
          value={text}
          maxlength={2000}
          placeholder='如：【青山区】您有一笔补贴待领取，点击链接……'
          aria-label='要检查的内容'
          onInput={(e) => setText(e.detail.value)}
        />
        <GovButton block disabled={text.trim() === ''} onClick={() => void check()}>
          检查是否官方
        </GovButton>
      </View>
      {error && <Notice tone='danger'>{error}</Notice>}
      {verdict?.official && <OfficialBadge title={verdict.official} />}
      {verdict && verdict.foreign.length > 0 && (
        <Notice tone='danger'>
          含有非本平台网址：{verdict.foreign.join('、')}。本平台只使用 {OFFICIAL_HOST}，请不要打开。
        </Notice>
      )}
      {verdict?.warnings.map((w) => (
        <Notice key={w} tone='danger'>
          {w}
        </Notice>
      ))}
      {safe && !verdict.official && (
        <Notice tone='info'>没有发现诈骗特征，但也不是本平台的码；拿不准时请拨打12345核实。</Notice>
      )}
      {verdict && (
        <View className='gov-section' aria-label='朗读检查结果'>
          <ReadAloud text={verdictSpeech(verdict, OFFICIAL_HOST)} />
        </View>
      )}
    </View>
  )
}
