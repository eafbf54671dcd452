// Taro picks camera-scanner.h5.tsx for the browser build. On WeChat the camera is wx.scanCode
// (the 扫一扫 button of ScanView), so this variant draws nothing and ships no decoder.
export function CameraScanner(_props: { onText: (text: string) => void }) {
  return null
}
