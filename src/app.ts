import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { configureAuth } from './services/http'
import { ensureSession, useSession } from './stores/session'
import { useConsent } from './stores/consent'
import './app.scss'

configureAuth({
  getToken: () => useSession.getState().token,
  relogin: async () => !useSession.getState().signedOut && useSession.getState().signIn(),
})

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void ensureSession().then(() => useConsent.getState().sync())
  })
  return children
}

export default App
