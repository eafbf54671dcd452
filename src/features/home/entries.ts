import { routes } from '../../utils/routes'

export interface HomeEntry {
  title: string
  description: string
  url: string
  /** One glyph so the tile is recognisable without colour. */
  icon: string
}

/** Only capabilities that work end to end are listed; later features add theirs here. */
export const HOME_ENTRIES: readonly HomeEntry[] = [
  { title: '办事网点', description: '去哪办、几点开门', url: routes.services, icon: '⌂' },
  { title: '查找网点', description: '按名称、街道、业务', url: routes.pointSearch, icon: '⌕' },
  { title: '实名与企业', description: '个人/法人身份', url: routes.identity, icon: '☺' },
  { title: '设置', description: '长辈模式、隐私', url: routes.settings, icon: '⚙' },
]
