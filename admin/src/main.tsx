import { createRoot } from 'react-dom/client'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import { ConsoleApp } from './console-app'
import { CONSOLE_THEME } from './theme'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    // No space inserted between two characters (“编 辑”): a button's visible text then stays part
    // of its accessible name (“编辑 青山区政务服务中心”).
    <ConfigProvider locale={zhCN} theme={CONSOLE_THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <ConsoleApp />
      </AntApp>
    </ConfigProvider>,
  )
}
