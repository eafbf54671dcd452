/** How a reading ended: read to the end (or failed midway), or this device has no voice to read with. */
export type SpeechEnd = 'finished' | 'no-voice'

export const NO_VOICE_TEXT = '本机不支持朗读，可以请家人帮忙读，或拨打12345问。'
