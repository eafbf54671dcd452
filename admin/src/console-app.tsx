import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType } from 'react'
import { Button, Layout, Menu, Spin, Typography } from 'antd'
import type { ConsoleMe } from '../../src/services/contract'
import { call, ConsoleApiError } from './api'
import { SignInPage } from './pages/sign-in'
import type { PageProps } from './pages/page-props'

type Page = ComponentType<PageProps>
/** Each section is its own chunk: opening 人员与角色 does not download ECharts or the importer. */
const section = (load: () => Promise<Page>) => lazy(async () => ({ default: await load() }))

const SECTIONS = [
  {
    key: 'staff',
    label: '人员与角色',
    page: section(async () => (await import('./pages/staff')).StaffPage),
  },
  {
    key: 'points',
    label: '服务网点',
    page: section(async () => (await import('./pages/points')).PointsPage),
  },
  {
    key: 'calendar',
    label: '节假日与调休',
    page: section(async () => (await import('./pages/calendar')).CalendarPage),
  },
  {
    key: 'qr',
    label: '一码通专区',
    page: section(async () => (await import('./pages/qr')).QrPage),
  },
  {
    key: 'labs',
    label: '检测机构',
    page: section(async () => (await import('./pages/labs')).LabsPage),
  },
  {
    key: 'lawyers',
    label: '律师',
    page: section(async () => (await import('./pages/lawyers')).LawyersPage),
  },
  {
    key: 'media',
    label: '直播与视频',
    page: section(async () => (await import('./pages/media')).MediaPage),
  },
  {
    key: 'catalog',
    label: '事项管理',
    page: section(async () => (await import('./pages/catalog-items')).CatalogItemsPage),
  },
  {
    key: 'catalog-import',
    label: '导入实施清单',
    page: section(async () => (await import('./pages/catalog-import')).CatalogImportPage),
  },
  {
    key: 'materials',
    label: '材料库',
    page: section(async () => (await import('./pages/materials')).MaterialsPage),
  },
  {
    key: 'bundles',
    label: '一件事',
    page: section(async () => (await import('./pages/catalog-bundles')).CatalogBundlesPage),
  },
  {
    key: 'search-lexicon',
    label: '搜索词库',
    page: section(async () => (await import('./pages/search-lexicon')).SearchLexiconPage),
  },
  {
    key: 'policies',
    label: '惠企政策',
    page: section(async () => (await import('./pages/policies')).PoliciesPage),
  },
  {
    key: 'finance',
    label: '银行产品',
    page: section(async () => (await import('./pages/finance-products')).FinanceProductsPage),
  },
  {
    key: 'supervision',
    label: '电子监察',
    page: section(async () => (await import('./pages/supervision')).SupervisionPage),
  },
  {
    key: 'audit',
    label: '审计日志',
    page: section(async () => (await import('./pages/audit')).AuditPage),
  },
] as const
type SectionKey = (typeof SECTIONS)[number]['key']

const sectionOfPath = (): SectionKey =>
  SECTIONS.find((s) => location.pathname === `/admin/${s.key}`)?.key ?? 'staff'

export function ConsoleApp() {
  const [me, setMe] = useState<ConsoleMe | null | 'loading'>('loading')
  const [section, setSection] = useState<SectionKey>(sectionOfPath)

  const load = useCallback(async () => {
    try {
      setMe(await call('GET /api/v1/admin/me', {}))
    } catch (error) {
      if (error instanceof ConsoleApiError && (error.status === 401 || error.status === 403)) {
        setMe(null)
      } else throw error
    }
  }, [])
  useEffect(() => {
    void load()
    const onPop = () => setSection(sectionOfPath())
    addEventListener('popstate', onPop)
    return () => removeEventListener('popstate', onPop)
  }, [load])

  const go = (key: SectionKey) => {
    history.pushState(null, '', `/admin/${key}`)
    setSection(key)
  }
  const signOut = async () => {
    await call('POST /api/v1/admin/sign-out', { body: {} })
    setMe(null)
  }

  if (me === 'loading') return <Spin fullscreen />
  if (me === null) return <SignInPage onSignedIn={() => void load()} />
  const Page = (SECTIONS.find((s) => s.key === section) ?? SECTIONS[0]).page
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme='light'>
        <Typography.Title level={1} style={{ padding: '16px 16px 0', fontSize: 15 }}>
          青山区政务服务管理后台
        </Typography.Title>
        <nav aria-label='管理后台菜单'>
          <Menu
            mode='inline'
            selectedKeys={[section]}
            items={SECTIONS.map((s) => ({ key: s.key, label: s.label }))}
            onClick={({ key }) => go(key as SectionKey)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', gap: 16 }}
        >
          <Typography.Text>{me.user.nickname}</Typography.Text>
          <Button onClick={() => void signOut()}>退出登录</Button>
        </Layout.Header>
        {/* Layout.Content is the page's <main>. */}
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Spin />}>
            <Page me={me} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
