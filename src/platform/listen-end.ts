/** How listening ended: words heard, nothing heard, or the microphone refused / failed. */
export type Heard = { ok: true; text: string } | { ok: false; message: string }

export const NOTHING_HEARD = '没有听清，请再说一遍，或直接打字'
export const MIC_FAILED = '无法使用麦克风，请在设置中允许后重试，或直接打字'
