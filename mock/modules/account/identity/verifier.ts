import type { VerificationMethod } from '../../../../src/services/contract'

export interface Claim {
  verificationId: string
  userId: string
  openid: string
  name: string
  idNumber: string
  now: Date
}

/** What a started verification keeps to check the proof later. */
export interface Challenge {
  phone: string | null
  codeHash: string | null
  faceVerifyId: string | null
}

/**
 * Proves that the person using the account is the person they claim to be. The reference
 * backend sends a code to the phone the 人口库 has on file; production uses WeChat 人脸核身.
 */
export interface IdentityVerifier {
  method: VerificationMethod
  /** Starts the proof of a claim, or throws an ApiError that says why it cannot be proven. */
  start(claim: Claim): Promise<Challenge>
  /** Whether the proof answers the challenge (a code typed, or WeChat's face result). */
  check(claim: Claim, challenge: Challenge, code: string | undefined): Promise<boolean>
}
