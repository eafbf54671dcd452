import { randomUUID } from 'node:crypto'
import {
  maskPhone,
  type Verification,
  type VerificationRequest,
} from '../../../../src/services/contract'
import type { Repos } from '../../repositories'
import { ApiError, notFound, unauthorized } from '../../../http/errors'
import type { VerificationRow } from './repository'
import { CODE_MINUTES } from './sms-verifier'
import type { Challenge, Claim, IdentityVerifier } from './verifier'

export const MAX_ATTEMPTS = 5
export const STARTS_PER_HOUR = 5
export const RESEND_SECONDS = 60
/** WeChat keeps a face session open for an hour. */
const FACE_MINUTES = 60
const HOUR_MS = 3_600_000

const tooMany = (message: string) => new ApiError(429, 'VERIFICATION_RATE_LIMITED', message)

function view(row: VerificationRow): Verification {
  return {
    id: row.id,
    method: row.method,
    phoneMasked: row.phone === null ? null : maskPhone(row.phone),
    faceVerifyId: row.face_verify_id,
    expiresAt: row.expires_at,
    attemptsLeft: Math.max(0, MAX_ATTEMPTS - row.attempts),
  }
}

/** 实名核验: a claim is stored only as a verification until its proof arrives. */
export function createVerification(repos: Repos, verifier: IdentityVerifier) {
  const claimOf = (row: VerificationRow, openid: string, now: Date): Claim => ({
    verificationId: row.id,
    userId: row.user_id,
    openid,
    name: row.name,
    idNumber: row.id_number,
    now,
  })

  async function refuseFloods(userId: string, idNumber: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - HOUR_MS).toISOString()
    const last = await repos.identity.lastOfUser(userId)
    const wait = last
      ? RESEND_SECONDS - Math.floor((now.getTime() - Date.parse(last.created_at)) / 1000)
      : 0
    if (wait > 0) throw tooMany(`请${wait}秒后再重新获取验证码`)
    if ((await repos.identity.startedByUserSince(userId, since)) >= STARTS_PER_HOUR)
      throw tooMany('实名核验次数过多，请1小时后再试')
    // Protects the phone on file from being flooded by strangers who know the number.
    if ((await repos.identity.startedForPersonSince(idNumber, since)) >= STARTS_PER_HOUR)
      throw tooMany('该身份证号的核验过于频繁，请1小时后再试')
  }

  return {
    async start(userId: string, body: VerificationRequest, now: Date): Promise<Verification> {
      const user = await repos.users.findById(userId)
      if (!user) throw unauthorized()
      if (user.id_number === body.idNumber) {
        throw new ApiError(409, 'ALREADY_VERIFIED', '您已通过该身份的实名核验，无需重复核验')
      }
      const id = randomUUID()
      const minutes = verifier.method === 'sms' ? CODE_MINUTES : FACE_MINUTES
      // Counted and stored before the code goes out, in turn with every other start for this
      // account or person: whatever the number of instances, the limits hold.
      await repos.identity.transaction(async () => {
        await repos.identity.takeTurnsToStart(userId, body.idNumber)
        await refuseFloods(userId, body.idNumber, now)
        await repos.identity.insertVerification({
          id,
          user_id: userId,
          method: verifier.method,
          name: body.name,
          id_number: body.idNumber,
          phone: null,
          code_hash: null,
          face_verify_id: null,
          expires_at: new Date(now.getTime() + minutes * 60_000).toISOString(),
          created_at: now.toISOString(),
        })
      })
      let challenge: Challenge
      try {
        challenge = await verifier.start({
          verificationId: id,
          userId,
          openid: user.openid,
          name: body.name,
          idNumber: body.idNumber,
          now,
        })
      } catch (error) {
        await repos.identity.removeVerification(id)
        throw error
      }
      await repos.identity.setChallenge(id, challenge)
      const row = await repos.identity.verification(id, userId)
      if (!row) throw new Error('verification insert did not persist')
      return view(row)
    },

    /** Gives the account the proven identity; a repeat of a confirmed one is answered the same. */
    async confirm(userId: string, id: string, code: string | undefined, now: Date): Promise<void> {
      const row = await repos.identity.verification(id, userId)
      const user = await repos.users.findById(userId)
      if (!row || !user) throw notFound('没有找到该核验，请重新获取验证码')
      if (row.verified_at !== null) {
        if (user.id_number === row.id_number) return
        throw new ApiError(409, 'VERIFICATION_USED', '该验证码已使用过，请重新获取验证码')
      }
      if (Date.parse(row.expires_at) <= now.getTime()) {
        throw new ApiError(410, 'VERIFICATION_EXPIRED', '验证码已过期，请重新获取验证码')
      }
      if (!(await repos.identity.spendAttempt(row.id, MAX_ATTEMPTS))) {
        throw tooMany('验证码输错次数过多，请重新获取验证码')
      }
      const challenge = {
        phone: row.phone,
        codeHash: row.code_hash,
        faceVerifyId: row.face_verify_id,
      }
      if (!(await verifier.check(claimOf(row, user.openid, now), challenge, code))) {
        const left = MAX_ATTEMPTS - row.attempts - 1
        if (row.method === 'face') {
          throw new ApiError(
            400,
            'FACE_NOT_VERIFIED',
            '人脸核身未通过，请在光线充足处正对手机重新核验',
          )
        }
        throw new ApiError(
          400,
          'VERIFICATION_CODE_WRONG',
          left > 0 ? `验证码不正确，还可以再试${left}次` : '验证码不正确，请重新获取验证码',
        )
      }
      await repos.identity.assign(userId, row, now.toISOString())
    },
  }
}

export type VerificationService = ReturnType<typeof createVerification>
