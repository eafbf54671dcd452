import { Text, View } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { SearchEntry } from '../../components/search-entry'
import { ConsentGate, ElderToggle } from '../../features/settings'
import { ElderHome, HOME_ENTRIES, HomeEntries } from '../../features/home'
import { UpcomingReminder } from '../../features/booking'
import { ElderMessagesTile } from '../../features/messages'
import { useElderMode } from '../../hooks/use-elder-mode'
import { expectsSignedIn, useSession } from '../../stores/session'
import { routes } from '../../utils/routes'
import './index.scss'

export default function HomePage() {
  const signedIn = useSession((s) => s.profile !== null)
  const member = useSession(expectsSignedIn)
  const elder = useElderMode()
  return (
    // 长辈模式's 消息 tile asks for the unread count when the page shows: all at once there.
    <PageShell progressive={!elder}>
      <View className='home-hero'>
        <Text className='home-hero__title'>智慧政务服务管家</Text>
        <Text className='home-hero__subtitle'>包头市青山区 · 一次登录、全网通办</Text>
      </View>
      <ConsentGate />
      <UpcomingReminder signedIn={signedIn} />
      {elder && member && <ElderMessagesTile pending={!signedIn} />}
      {elder ? (
        <ElderHome signedIn={signedIn} />
      ) : (
        <SearchEntry placeholder='搜索事项，如：企业开办、qykb' url={routes.catalogSearch} />
      )}
      <ElderToggle />
      {!elder && <HomeEntries entries={HOME_ENTRIES} />}
    </PageShell>
  )
}
