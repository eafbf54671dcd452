import { PageShell } from '../../../../components/page-shell'
import { Notice } from '../../../../components/notice'
import { currentParams } from '../../../../platform/navigation'
import { ConsoleSignInScreen } from '../../../../features/console'

export default function ConsoleSignInPage() {
  // Opened by the scanner with the code it read.
  const { code } = currentParams()
  return (
    <PageShell>
      {code ? (
        <ConsoleSignInScreen code={code} />
      ) : (
        <Notice tone='danger'>请用“扫一扫”扫描电脑上管理后台登录页的二维码</Notice>
      )}
    </PageShell>
  )
}
