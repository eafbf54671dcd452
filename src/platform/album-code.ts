import { scanCode, type ScanResult } from './scan'

// Taro picks album-code.h5.ts for the browser build. In WeChat the scanner has its own 相册
// button, so choosing from the album is that same scanner.
export const readCodeFromAlbum = (): Promise<ScanResult> => scanCode({ fromAlbum: true })
