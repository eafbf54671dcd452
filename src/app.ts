import type { PropsWithChildren } from 'react'
import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro'
import { configureAuth } from './services/http'
import { routes } from './utils/routes'
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
  // An unknown address (an old link, a typo) gets a page with a way home, not a blank screen.
  usePageNotFound(() => {
    void Taro.redirectTo({ url: routes.notFound })
  })
  return children
}

export default App
