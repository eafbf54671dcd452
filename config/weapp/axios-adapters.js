// weapp build of axios' adapter registry: the app always passes its own adapter (Taro.request,
// src/services/http/taro-adapter.ts), so the XHR and fetch adapters (≈ 20 KB of the main
// package) are left out. A name instead of a function fails loudly, as axios itself would.
import AxiosError from 'axios/unsafe/core/AxiosError.js'

function getAdapter(adapter) {
  if (typeof adapter === 'function') return adapter
  throw new AxiosError(
    `adapter ${String(adapter)} is not in the weapp build: pass a function`,
    AxiosError.ERR_NOT_SUPPORT,
  )
}

export default { getAdapter, adapters: {} }
