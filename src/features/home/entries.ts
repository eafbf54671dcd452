import type { IconName } from '../../components/icon'
import { routes } from '../../utils/routes'

export interface HomeEntry {
  title: string
  description: string
  url: string
  /** A drawn icon so the tile is recognisable at a glance; the title still says what it is. */
  icon: IconName
  /** One of the few large tiles of the 长辈模式 home. */
  forElders?: true
}

/** Only capabilities that work end to end are listed; later features add theirs here. */
export const HOME_ENTRIES: readonly HomeEntry[] = [
  {
    title: '说说您要办什么',
    description: '一句话，给您办事方案',
    url: routes.smartGuide(),
    icon: 'chat',
    forElders: true,
  },
  {
    title: '办事指南',
    description: '个人/法人、按场景',
    url: routes.services,
    icon: 'guide',
    forElders: true,
  },
  {
    title: '预约办事',
    description: '选网点、选时段',
    url: routes.bookingStart,
    icon: 'calendar',
    forElders: true,
  },
  {
    title: '一码通',
    description: '扫码办事、验明官方码',
    url: routes.scan,
    icon: 'scan',
  },
  {
    title: '我的办件',
    description: '一键代办进度',
    url: routes.cases,
    icon: 'cases',
    forElders: true,
  },
  { title: '就近办', description: '离我最近的网点', url: routes.nearby(), icon: 'location' },
  {
    title: '亲情代办',
    description: '请家人或帮办员替您办',
    url: routes.family,
    icon: 'family',
    forElders: true,
  },
  { title: '我的收藏', description: '常办的事项', url: routes.favorites, icon: 'star' },
  { title: '实名与企业', description: '个人/法人身份', url: routes.identity, icon: 'identity' },
  { title: '设置', description: '长辈模式、隐私', url: routes.settings, icon: 'settings' },
  {
    title: '政策匹配',
    description: '企业可享政策、绿色通道',
    url: routes.policyMatch,
    icon: 'target',
  },
  { title: '法律咨询', description: '免费问律师、算时效', url: routes.legal, icon: 'legal' },
  {
    title: '生活缴费',
    description: '水电燃气暖气',
    url: routes.life,
    icon: 'power',
    forElders: true,
  },
  { title: '金融服务', description: '贷款产品、信用自评', url: routes.finance, icon: 'finance' },
  { title: '检测预约', description: '房屋甲醛、产品质量', url: routes.labs, icon: 'labs' },
  { title: '宽带办理', description: '三大运营商比价', url: routes.telecom, icon: 'broadband' },
  { title: '政务直播', description: '直播与视频讲解', url: routes.media, icon: 'play' },
]

/** 长辈模式 shows at most six tiles (issue 9): the tasks older people come for most. */
export const ELDER_ENTRIES: readonly HomeEntry[] = HOME_ENTRIES.filter((e) => e.forElders)

/** The app's own pages that 长辈模式's 办事指南 lists beside its catalog items (缴费, 预约). */
export const ELDER_TASK_PAGES: readonly HomeEntry[] = HOME_ENTRIES.filter(
  (e) => e.url === routes.life || e.url === routes.bookingStart,
)
