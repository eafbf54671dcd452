import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { hasField } from './result'

export interface PrivacySetting {
  /** WeChat's own record says the user still has to agree. H5 keeps its own versioned record instead. */
  needAuthorization: boolean
  contractName: string
}

export async function getPrivacySetting(): Promise<PrivacySetting> {
  const fallback = { needAuthorization: false, contractName: '《智慧政务服务管家隐私保护指引》' }
  if (!isWeapp) return fallback
  try {
    const res: unknown = await Taro.getPrivacySetting()
    if (hasField(res, 'needAuthorization')) {
      return {
        needAuthorization: res.needAuthorization === true,
        contractName: hasField(res, 'privacyContractName')
          ? String(res.privacyContractName)
          : fallback.contractName,
      }
    }
  } catch {
    // Older base libraries lack the API: nothing to authorise through WeChat then.
  }
  return fallback
}

export function openPrivacyContract(): void {
  if (!isWeapp) return
  try {
    Taro.openPrivacyContract({})
  } catch {
    // Base library without privacy contracts: the in-app notice page remains available.
  }
}
