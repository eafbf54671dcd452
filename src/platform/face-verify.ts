import { isWeapp } from './env'
import { failure, failureFromError, type PlatformResult } from './result'

interface FaceApi {
  requestFacialVerify?: (options: {
    verifyId: string
    success: () => void
    fail: (error: unknown) => void
  }) => void
}

/**
 * WeChat 人脸核身 2.0 on the session the server opened. Success only means the capture finished:
 * the server asks WeChat for the real result.
 */
export function requestFacialVerify(verifyId: string): Promise<PlatformResult<object>> {
  const wx = (globalThis as { wx?: FaceApi }).wx
  if (!isWeapp || typeof wx?.requestFacialVerify !== 'function') {
    return Promise.resolve(failure('unsupported', '请在微信小程序中完成人脸核身'))
  }
  const run = wx.requestFacialVerify
  return new Promise((resolve) => {
    run({
      verifyId,
      success: () => resolve({ ok: true }),
      fail: (error) => resolve(failureFromError(error)),
    })
  })
}
