import { PageShell } from '../../../../components/page-shell'
import { currentParams } from '../../../../platform/navigation'
import { openedWith, ScanView } from '../../../../features/qr'

/** Also the page WeChat opens for a printed code (扫普通链接二维码打开小程序 → `q`). */
export default function ScanPage() {
  return (
    <PageShell>
      <ScanView opened={openedWith(currentParams())} />
    </PageShell>
  )
}
