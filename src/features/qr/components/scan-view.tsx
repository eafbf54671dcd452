import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { OfficialBadge } from '../../../components/official-badge'
import { isWeapp } from '../../../platform/env'
import { openPage, replacePage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { Cell } from '../../../components/cell'
import { scanCode } from '../../../platform/scan'
import { isApiError } from '../../../services/http'
import { useHoldsRole } from '../../../hooks/use-staff-roles'
import { resolveCode } from '../api'
import { pageFor } from '../model'
import { CameraScanner } from './camera-scanner'
import { WarningCard } from './warning-card'

type Outcome =
  | { status: 'idle' }
  | { status: 'resolving' }
  | { status: 'refused'; message: string }
  | { status: 'shown'; title: string; note: string }
  | { status: 'error'; message: string }

/** 扫一扫: only codes this platform signed open anything; the rest get the red warning. */
export function ScanView({ opened }: { opened: string | null }) {
  const isStaff = useHoldsRole('window')
  const [typed, setTyped] = useState('')
  const [outcome, setOutcome] = useState<Outcome>(
    opened ? { status: 'resolving' } : { status: 'idle' },
  )

  const handle = async (text: string) => {
    setOutcome({ status: 'resolving' })
    try {
      const answer = await resolveCode(text)
      if (answer.result === 'refused') {
        setOutcome({ status: 'refused', message: answer.message })
        return
      }
      const page = pageFor(answer.action, answer.title, isStaff)
      if (page) replacePage(page)
      else
        setOutcome({
          status: 'shown',
          title: answer.title,
          note: '这是您的预约签到码，请到窗口出示给工作人员扫描。',
        })
    } catch (error) {
      setOutcome({
        status: 'error',
        message: isApiError(error) ? error.message : '识别失败，请稍后重试',
      })
    }
  }
  useEffect(() => {
    if (opened) void handle(opened)
    // Resolved once, for the code the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened])

  const scan = async () => {
    const scanned = await scanCode({ fromAlbum: true })
    if (scanned.ok) void handle(scanned.text)
    else setOutcome({ status: 'error', message: scanned.message })
  }
  const reset = () => setOutcome({ status: 'idle' })

  if (outcome.status === 'refused') return <WarningCard message={outcome.message} onRetry={reset} />
  return (
    <View>
      {outcome.status === 'resolving' && <Notice tone='info'>正在核验二维码…</Notice>}
      {outcome.status === 'error' && <Notice tone='danger'>{outcome.message}</Notice>}
      {outcome.status === 'shown' && (
        <View className='gov-section'>
          <OfficialBadge title={outcome.title} />
          <Notice tone='info'>{outcome.note}</Notice>
        </View>
      )}
      <View className='gov-card gov-section'>
        <Text className='gov-text-secondary'>
          扫描服务专区、大厅、便民服务点张贴的“一码通”二维码，也可以从相册选一张拍下的二维码图片。只有本平台签发的官方码才会打开服务。
        </Text>
        {isWeapp ? (
          <GovButton block onClick={() => void scan()}>
            扫一扫
          </GovButton>
        ) : (
          <CameraScanner onText={(text) => void handle(text)} />
        )}
      </View>
      <View className='gov-section gov-list'>
        <Cell
          title='验真：短信、链接是不是官方'
          description='粘贴收到的内容，识别冒充政府的诈骗'
          onClick={() => openPage(routes.verify)}
        />
      </View>
      <View className='gov-card gov-section'>
        <Field
          name='code'
          label='扫不了？输入二维码下方的文字'
          value={typed}
          placeholder='如：g7K2QXMAB..ABCDEFGHIJ'
          maxlength={2048}
          onInput={setTyped}
        />
        <GovButton
          block
          variant='secondary'
          disabled={typed.trim() === ''}
          loading={outcome.status === 'resolving'}
          onClick={() => void handle(typed)}
        >
          识别
        </GovButton>
      </View>
    </View>
  )
}
