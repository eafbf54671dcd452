import type { QrAction } from '../../services/contract'
import { routes } from '../../utils/routes'

/** Where an official code leads; `official=1` makes the page show the 官方码 badge. */
export function pageFor(action: QrAction, title: string, isStaff: boolean): string | null {
  const t = encodeURIComponent(title)
  switch (action.kind) {
    case 'guide':
      return `${routes.guide(action.itemId)}&official=${t}`
    case 'queue':
      return `${routes.queue(action.pointId)}&official=${t}`
    case 'zone':
      return `${routes.zone(action.zoneId)}&official=${t}`
    case 'campaign':
      return `${routes.campaign(action.campaignId)}&official=${t}`
    case 'grant':
      return routes.familyClaimWith(action.code)
    case 'console_sign_in':
      return routes.consoleSignIn(action.code)
    case 'staff_invite':
      return routes.staffInviteWith(action.code)
    case 'check_in':
      return isStaff ? `${routes.checkIn}?code=${encodeURIComponent(action.code)}` : null
  }
}

/**
 * What the page was opened with: WeChat passes a scanned ordinary link as `q` and a mini-program
 * code's scene as `scene`, both URL-encoded.
 */
export function openedWith(params: Record<string, string | undefined>): string | null {
  const raw = params.q ?? params.scene
  if (!raw) return null
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/** Patterns of the scams that imitate government notices (补贴 / 限时 / 验证码 / 屏幕共享 …). */
const SCAM_SIGNS: readonly { pattern: RegExp; warning: string }[] = [
  {
    pattern: /补贴|补助|退税|退费|领取.{0,6}(金|款)/,
    warning: '以“补贴、退税、领钱”为由：政府补贴不会通过短信链接发放',
  },
  {
    pattern: /限时|过期作废|今日内|立即|马上/,
    warning: '催促“限时办理”：政务服务不会用倒计时逼您操作',
  },
  {
    pattern: /验证码|动态码|校验码/,
    warning: '索要验证码：任何人问验证码都是诈骗，不要告诉任何人',
  },
  {
    pattern: /屏幕共享|共享屏幕|远程协助|会议号/,
    warning: '要求屏幕共享或进入会议：对方能看到您的银行卡和验证码',
  },
  {
    pattern: /银行卡|密码|转账|保证金|解冻/,
    warning: '涉及银行卡、密码或转账：政务办事不会让您转账',
  },
]

export function scamWarnings(text: string): string[] {
  return SCAM_SIGNS.filter((s) => s.pattern.test(text)).map((s) => s.warning)
}

/** Links in a message that are not on the platform's own domain. */
export function foreignLinks(text: string, officialHost: string): string[] {
  const links = text.match(/https?:\/\/[^\s"'<>，。]+/gi) ?? []
  return links.filter((link) => {
    try {
      return new URL(link).host !== officialHost
    } catch {
      return true
    }
  })
}
