import { createHash, randomInt, timingSafeEqual } from 'node:crypto'
import { ApiError } from '../../../http/errors'
import type { IdentityRepo } from './repository'
import type { Challenge, Claim, IdentityVerifier } from './verifier'

export const CODE_MINUTES = 5

const hashOf = (verificationId: string, code: string) =>
  createHash('sha256').update(`${verificationId}:${code}`).digest()

/**
 * The reference backend's proof: the claimed name and 身份证号 must be one person of the
 * 人口库, and a 6-digit code goes to the phone on file. In development the "SMS" is written
 * to the dev outbox (`GET /api/v1/dev/outbox`); nothing leaves the machine.
 */
export function smsVerifier(identity: IdentityRepo): IdentityVerifier {
  return {
    method: 'sms',
    start: async (claim: Claim): Promise<Challenge> => {
      const person = await identity.person(claim.idNumber)
      if (!person || person.name !== claim.name) {
        throw new ApiError(
          404,
          'IDENTITY_NOT_FOUND',
          '人口库中没有与该姓名和身份证号一致的记录，请对照身份证核对后重试；如信息无误，请带身份证到政务服务中心窗口核验',
        )
      }
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      await identity.sendDevSms(
        claim.userId,
        person.phone,
        `【青山区智慧政务】您的实名核验验证码为${code}，${CODE_MINUTES}分钟内有效。如非本人操作，请忽略本短信。`,
        claim.now.toISOString(),
      )
      return {
        phone: person.phone,
        codeHash: hashOf(claim.verificationId, code).toString('hex'),
        faceVerifyId: null,
      }
    },
    check: async (claim, challenge, code) => {
      if (code === undefined || challenge.codeHash === null) return false
      const expected = Buffer.from(challenge.codeHash, 'hex')
      return timingSafeEqual(expected, hashOf(claim.verificationId, code))
    },
  }
}
