import { createRoot } from 'react-dom/client'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import { ConsoleApp } from './console-app'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#0b57d0' } }}>
      <AntApp>
        <ConsoleApp />
      </AntApp>
    </ConfigProvider>,
  )
}
