import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { readCodeFromAlbum } from '../../../platform/album-code'
import './qr.scss'

const HOST_ID = 'qr-camera-host'

/** Starts the rear camera in the page and decodes frames until a code is read (H5 only). */
async function startCamera(host: HTMLElement, onText: (text: string) => void): Promise<() => void> {
  const { default: jsQR } = await import('jsqr')
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'environment' },
    audio: false,
  })
  const video = document.createElement('video')
  video.setAttribute('playsinline', 'true')
  video.muted = true
  video.style.width = '100%'
  video.srcObject = stream
  host.appendChild(video)
  await video.play()
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  let frame = 0
  const tick = () => {
    if (context && video.videoWidth > 0) {
      canvas.width = video.videoWidth
      canvas.height = video.videoHeight
      context.drawImage(video, 0, 0)
      const image = context.getImageData(0, 0, canvas.width, canvas.height)
      const found = jsQR(image.data, image.width, image.height)
      if (found?.data) {
        stop()
        onText(found.data)
        return
      }
    }
    frame = requestAnimationFrame(tick)
  }
  const stop = () => {
    cancelAnimationFrame(frame)
    stream.getTracks().forEach((t) => t.stop())
    video.remove()
  }
  frame = requestAnimationFrame(tick)
  return stop
}

/** The browser's camera where it is allowed, a picture from the album, and the typed code below. */
export function CameraScanner({ onText }: { onText: (text: string) => void }) {
  const [on, setOn] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const stopRef = useRef<(() => void) | null>(null)
  useEffect(() => () => stopRef.current?.(), [])
  const start = async () => {
    setError(null)
    const host = document.getElementById(HOST_ID)
    if (!host || !navigator.mediaDevices?.getUserMedia) {
      setError('这个浏览器不能使用摄像头，请在下方输入二维码下方的文字')
      return
    }
    try {
      setOn(true)
      stopRef.current = await startCamera(host, (text) => {
        setOn(false)
        onText(text)
      })
    } catch {
      setOn(false)
      setError('没有拿到摄像头权限，请在浏览器设置中允许，或在下方输入二维码下方的文字')
    }
  }
  const fromAlbum = async () => {
    setError(null)
    const read = await readCodeFromAlbum()
    if (read.ok) onText(read.text)
    else if (read.reason !== 'cancelled') setError(read.message)
  }
  return (
    <View>
      <View id={HOST_ID} className='qr-camera' />
      {error && <Notice tone='warning'>{error}</Notice>}
      {on ? (
        <Text className='gov-text-secondary'>请把二维码放在画面中间…</Text>
      ) : (
        <View className='qr-scan-actions'>
          <GovButton block onClick={() => void start()}>
            打开摄像头扫码
          </GovButton>
          <GovButton block variant='secondary' onClick={() => void fromAlbum()}>
            从相册选择
          </GovButton>
        </View>
      )}
    </View>
  )
}
