import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Grant } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useFresh } from '../../../hooks/use-fresh'
import { useRecord } from '../../../hooks/use-record'
import { isApiError } from '../../../services/http'
import { myGrants, refreshCode } from '../api'
import { awaitsAnswer, codePanel, granteeLabel, statusText } from '../model'
import { ReadAloud } from '../../../components/read-aloud'
import { grantCodeSpeech } from '../speech'
import { GrantCode } from './grant-code'
import './family.scss'

async function grantOf(id: string): Promise<Grant | null> {
  return (await myGrants()).find((g) => g.id === id) ?? null
}

function CodeCard({ initial, onDone }: { initial: Grant; onDone: () => void }) {
  const [grant, setGrant] = useRecord(initial)
  const [refreshing, setRefreshing] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const panel = codePanel(grant)
  const refresh = async () => {
    setRefreshing(true)
    setFailure(null)
    try {
      setGrant(await refreshCode(grant.id))
    } catch (error) {
      setFailure(isApiError(error) ? error.message : '没能刷新，请重试')
    } finally {
      setRefreshing(false)
    }
  }
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>授权给{granteeLabel(grant)}</Text>
        <Text className='family-status'>{statusText(grant)}</Text>
        <Text className='gov-line'>可以办：{grant.items.map((i) => i.name).join('、')}</Text>
        {panel === 'code' && <ReadAloud text={grantCodeSpeech(grant)} />}
      </View>
      {failure !== null && <Notice tone='danger'>{failure}</Notice>}
      {panel === 'code' && (
        <GrantCode grant={grant} refreshing={refreshing} onRefresh={() => void refresh()} />
      )}
      {panel === 'accepted' && (
        <Notice tone='success'>对方已经确认了授权，不需要再出示授权码。</Notice>
      )}
      {panel === 'revoked' && (
        <Notice>这项授权已撤销，授权码不能再用。需要时请重新新建授权。</Notice>
      )}
      {panel === 'expired' && (
        <Notice>这项授权已过期，授权码不能再用。需要时请重新新建授权。</Notice>
      )}
      <View className='family-actions'>
        <GovButton variant='secondary' onClick={onDone}>
          回到亲情代办
        </GovButton>
      </View>
    </View>
  )
}

const stillPending = (grant: Grant | null) => grant !== null && awaitsAnswer(grant)

/** The code of one authorisation, to show again or refresh; it follows the other person's answer. */
export function CodeScreen({ id, onDone }: { id: string; onDone: () => void }) {
  const { state, reload } = useFresh(() => grantOf(id), [id], { waiting: stillPending })
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(g) => g === null}
      empty={<Text>没有找到这项授权，请回到“亲情代办”查看。</Text>}
    >
      {(grant) => grant && <CodeCard initial={grant} onDone={onDone} />}
    </AsyncView>
  )
}
