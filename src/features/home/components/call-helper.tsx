import { Text, View } from '@tarojs/components'
import { CallButton } from '../../../components/call-button'
import { GovButton } from '../../../components/gov-button'
import { SkeletonText } from '../../../components/skeleton'
import { useRemote, type RemoteState } from '../../../hooks/use-remote'
import { callPhone } from '../../../platform/phone'
import type { HelperContact, OpeningDay } from '../../../services/contract'
import { expectsSignedIn, useSession } from '../../../stores/session'
import { HOTLINE } from '../../../utils/hotline'
import { openStatus } from '../../../utils/opening-hours'
import { helperContact } from '../api'
import './call-helper.scss'

/**
 * 长辈模式's permanent “打电话给帮办员”: the 帮办员 of the user's open case, else the 帮办代办 window.
 * Signed out (before the privacy consent) there is nobody to name yet, so it waits. Outside the
 * desk's hours nobody answers there, so the 24-hour 12345 line is offered beside it.
 */
export function CallHelper({ signedIn }: { signedIn: boolean }) {
  const { state, reload } = useRemote(
    () => (signedIn ? helperContact() : Promise.resolve(null)),
    [signedIn],
  )
  const expecting = useSession(expectsSignedIn)
  const contact = state.status === 'success' ? state.data : null
  const status = contact ? openStatus(contact.hours, new Date()) : null
  const waiting = helperWaiting(state, expecting)
  return (
    <View className='gov-card call-helper' aria-label='打电话给帮办员'>
      <GovButton
        block
        icon='phone'
        onClick={contact ? () => void callPhone(contact.phone) : reload}
      >
        打电话给帮办员
      </GovButton>
      {contact && status ? (
        <View className='call-helper__who'>
          <Text className='gov-line'>
            {contact.name} · {contact.desk}
          </Text>
          <Text className='gov-line'>电话 {contact.phone}</Text>
          {contact.caseNumber && (
            <Text className='gov-line'>负责您的办件 {contact.caseNumber}，打通后报上这个编号</Text>
          )}
          <Text className='gov-text-secondary'>
            {status.open ? '现在有人接听' : '现在没人接听'}（{status.label}）
          </Text>
          {!status.open && (
            <View className='call-helper__hotline'>
              <Text className='gov-line'>急事可以打{HOTLINE}政务服务热线，24小时有人接听</Text>
              <CallButton phone={HOTLINE} block>
                拨打{HOTLINE}（24小时）
              </CallButton>
            </View>
          )}
        </View>
      ) : waiting ? (
        <HelperSkeleton now={new Date()} />
      ) : (
        state.status === 'error' && (
          <Text className='gov-text-secondary'>没查到帮办员电话，请点上面的按钮再试一次</Text>
        )
      )}
    </View>
  )
}

/**
 * Pure: the 帮办员's lines are still to come — loading, or no answer yet although a sign-in is
 * running or about to (the answer before sign-in is “nobody yet”, and it is still on screen for
 * the one render after the sign-in ends, before the new request starts: without this the
 * placeholder vanished for that frame and the tiles below jumped up and back, CLS 0.39).
 */
export function helperWaiting(
  state: RemoteState<HelperContact | null>,
  expectsSignedIn: boolean,
): boolean {
  if (state.status === 'loading') return true
  return state.status === 'success' && state.data === null && expectsSignedIn
}

/**
 * The hall's usual hours (青山区政务服务中心, 帮办代办窗口): they only size the placeholder, so the
 * 12345 block is reserved when it will most likely be shown and the tiles below stay put.
 */
export const USUAL_DESK_HOURS: readonly OpeningDay[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  spans: [
    { open: '09:00', close: '12:00' },
    { open: '13:30', close: '17:30' },
  ],
}))

/** The 帮办员's lines still loading, as tall as they will be. */
function HelperSkeleton({ now }: { now: Date }) {
  return (
    <View className='call-helper__who' aria-hidden='true'>
      {/* As long as “帮办代办窗口 · 青山区政务服务中心”: two lines in 长辈模式's type. */}
      <SkeletonText className='gov-line' chars={18} />
      <SkeletonText className='gov-line' chars={9} />
      <SkeletonText className='gov-text-secondary' chars={18} />
      {!openStatus(USUAL_DESK_HOURS, now).open && (
        <View className='call-helper__hotline'>
          <SkeletonText className='gov-line' chars={22} />
          <View className='gov-button gov-button--block call-helper__button-skeleton'>
            <SkeletonText chars={11} />
          </View>
        </View>
      )}
    </View>
  )
}
