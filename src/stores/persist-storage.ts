import { createJSONStorage } from 'zustand/middleware'
import { storage } from '../platform/storage'

/** zustand `persist` over Taro storage (synchronous, so stores hydrate before the first render). */
export const persistStorage = createJSONStorage(() => storage)
