import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { OfficialBadge } from '../../../../components/official-badge'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams, openPage } from '../../../../platform/navigation'
import { Notice } from '../../../../components/notice'
import { GovButton } from '../../../../components/gov-button'
import { routes } from '../../../../utils/routes'
import { getGuide, guidePartOf, GuideView } from '../../../../features/catalog'

export default function GuidePage() {
  const { id = '', official, field } = currentParams()
  const { state, reload } = useRemote(() => getGuide(id), [id])
  return (
    <PageShell>
      {official !== undefined && <OfficialBadge title={decodeURIComponent(official)} />}
      {state.status === 'error' && state.error.code === 'CATALOG_ITEM_RETIRED' ? (
        // 废止 is an answer, not a failure: no 重试, a way to the items in force instead.
        <Notice
          tone='warning'
          action={
            <GovButton variant='secondary' onClick={() => openPage(routes.catalogSearch)}>
              搜索现行事项
            </GovButton>
          }
        >
          {state.error.message}
        </Notice>
      ) : (
        <AsyncView state={state} onRetry={reload}>
          {(guide) => <GuideView guide={guide} focus={guidePartOf(field)} />}
        </AsyncView>
      )}
    </PageShell>
  )
}
