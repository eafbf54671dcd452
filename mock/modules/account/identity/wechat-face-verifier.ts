import { createHash } from 'node:crypto'
import * as z from 'zod/mini'
import { wechatAccessToken } from '../../../auth/wechat-access-token'
import { ApiError } from '../../../http/errors'
import type { Challenge, Claim, IdentityVerifier } from './verifier'

const API = 'https://api.weixin.qq.com/cityservice/face/identify'
const VERIFIED = 10000

const VerifyIdAnswer = z.object({
  errcode: z.optional(z.number()),
  verify_id: z.optional(z.string()),
})
const ResultAnswer = z.object({
  errcode: z.optional(z.number()),
  verify_ret: z.optional(z.number()),
})

const certInfo = (claim: Pick<Claim, 'name' | 'idNumber'>) => ({
  cert_type: 'IDENTITY_CARD',
  cert_name: claim.name,
  cert_no: claim.idNumber,
})

/** WeChat's digest of cert_info: each value base64'd, joined as a query, SHA-256 in hex. */
export function certHash(claim: Pick<Claim, 'name' | 'idNumber'>): string {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
  const info = certInfo(claim)
  return createHash('sha256')
    .update(
      `cert_type=${b64(info.cert_type)}&cert_name=${b64(info.cert_name)}&cert_no=${b64(info.cert_no)}`,
    )
    .digest('hex')
}

const unavailable = () =>
  new ApiError(502, 'WECHAT_UNAVAILABLE', '微信人脸核身服务暂时不可用，请稍后重试')

/**
 * WeChat 人脸核身 2.0: the server opens a session for the claimed name and 身份证号 bound to the
 * user's openid (getVerifyId), the mini program runs wx.requestFacialVerify on it, and the
 * server asks WeChat for the result (queryVerifyInfo). The client's word is never taken.
 */
export function wechatFaceVerifier(
  appId: string,
  secret: string,
  fetchImpl: typeof fetch = fetch,
): IdentityVerifier {
  const token = wechatAccessToken(appId, secret, fetchImpl)
  const post = async (path: string, body: object): Promise<unknown> => {
    try {
      const url = new URL(`${API}/${path}`)
      url.searchParams.set('access_token', await token.get())
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      })
      return await response.json()
    } catch {
      throw unavailable()
    }
  }
  return {
    method: 'face',
    start: async (claim): Promise<Challenge> => {
      const answer = z.safeParse(
        VerifyIdAnswer,
        await post('getverifyid', {
          out_seq_no: claim.verificationId.replaceAll('-', ''),
          cert_info: certInfo(claim),
          openid: claim.openid,
        }),
      )
      if (!answer.success || !answer.data.verify_id) {
        if (answer.success && (answer.data.errcode === 40001 || answer.data.errcode === 42001))
          token.forget()
        throw unavailable()
      }
      return { phone: null, codeHash: null, faceVerifyId: answer.data.verify_id }
    },
    check: async (claim, challenge) => {
      if (challenge.faceVerifyId === null) return false
      const answer = z.safeParse(
        ResultAnswer,
        await post('queryverifyinfo', {
          verify_id: challenge.faceVerifyId,
          out_seq_no: claim.verificationId.replaceAll('-', ''),
          cert_hash: certHash(claim),
          openid: claim.openid,
        }),
      )
      if (!answer.success) throw unavailable()
      return answer.data.errcode === 0 && answer.data.verify_ret === VERIFIED
    },
  }
}
