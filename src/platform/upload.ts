import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { failure, failureFromError, hasField, type PlatformResult } from './result'

/** A file the user picked: a WeChat temp path, or the browser's File. */
export interface PickedFile {
  name: string
  size: number
  source: string | Blob
}

export type PickKind = 'photo' | 'document'
export type PickResult = PlatformResult<{ files: PickedFile[] }>

const DOCUMENT_EXTENSIONS = ['jpg', 'jpeg', 'png', 'pdf']
/** WeChat's chooseMedia / chooseMessageFile limit per pick. */
const MAX_PICK = 9

function pickInBrowser(kind: PickKind): Promise<PickResult> {
  if (typeof document === 'undefined') return Promise.resolve(failure('unsupported'))
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = true
    input.accept =
      kind === 'photo' ? 'image/jpeg,image/png' : 'image/jpeg,image/png,application/pdf'
    input.addEventListener('change', () => {
      // The browser cannot cap a multiple pick: the caller keeps the first ones that fit.
      const files = Array.from(input.files ?? [])
      if (files.length === 0) resolve(failure('cancelled'))
      else
        resolve({ ok: true, files: files.map((f) => ({ name: f.name, size: f.size, source: f })) })
    })
    input.addEventListener('cancel', () => resolve(failure('cancelled')))
    input.click()
  })
}

function tempName(path: string): string {
  return path.split('/').pop() ?? path
}

/**
 * Taro passes chooseMedia / chooseMessageFile straight to wx without promisifying them, so the
 * callbacks are given explicitly (wx returns a Promise only when none is).
 */
function settle<T>(start: (success: (res: T) => void, fail: (error: unknown) => void) => void) {
  return new Promise<T>((resolve, reject) => start(resolve, reject))
}

async function pickInWeapp(kind: PickKind, count: number): Promise<PickResult> {
  try {
    if (kind === 'photo') {
      const res: unknown = await settle((success, fail) =>
        Taro.chooseMedia({
          count,
          mediaType: ['image'],
          sourceType: ['camera', 'album'],
          sizeType: ['original'],
          success,
          fail,
        }),
      )
      if (!hasField(res, 'tempFiles') || !Array.isArray(res.tempFiles))
        return failure('unsupported')
      const files = (res.tempFiles as { tempFilePath: string; size: number }[]).map((f) => ({
        name: tempName(f.tempFilePath),
        size: f.size,
        source: f.tempFilePath,
      }))
      return { ok: true, files }
    }
    // PDFs on a phone usually arrive in a chat: WeChat can pick them from there.
    const res: unknown = await settle((success, fail) =>
      Taro.chooseMessageFile({
        count,
        type: 'file',
        extension: DOCUMENT_EXTENSIONS,
        success,
        fail,
      }),
    )
    if (!hasField(res, 'tempFiles') || !Array.isArray(res.tempFiles)) return failure('unsupported')
    const files = (res.tempFiles as { path: string; name: string; size: number }[]).map((f) => ({
      name: f.name,
      size: f.size,
      source: f.path,
    }))
    return { ok: true, files }
  } catch (error) {
    return failureFromError(error)
  }
}

/** Photos from the camera or album, or documents (PDF) from a chat / the file system. */
/** Up to `room` files (never more than one pick allows). */
export function pickFiles(kind: PickKind, room: number): Promise<PickResult> {
  const count = Math.max(1, Math.min(MAX_PICK, room))
  return isWeapp ? pickInWeapp(kind, count) : pickInBrowser(kind)
}

export interface UploadRequest {
  url: string
  file: PickedFile
  /** Multipart field name of the file. */
  field: string
  headers: Record<string, string>
  /** 0–100 */
  onProgress: (percent: number) => void
}

export type UploadResult = PlatformResult<{ status: number; body: unknown }>

function parseBody(text: unknown): unknown {
  if (typeof text !== 'string') return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

function uploadInBrowser(request: UploadRequest): Promise<UploadResult> {
  const { file } = request
  if (typeof file.source === 'string') return Promise.resolve(failure('unsupported'))
  const form = new FormData()
  form.append(request.field, file.source, file.name)
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', request.url)
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) request.onProgress(Math.round((100 * e.loaded) / e.total))
    }
    xhr.onload = () => resolve({ ok: true, status: xhr.status, body: parseBody(xhr.responseText) })
    xhr.onerror = () => resolve(failure('failed', '网络连接失败，请检查网络后重新上传'))
    xhr.ontimeout = () => resolve(failure('failed', '上传超时，请在网络较好时重新上传'))
    xhr.timeout = 120_000
    xhr.send(form)
  })
}

function uploadInWeapp(request: UploadRequest): Promise<UploadResult> {
  const { file } = request
  if (typeof file.source !== 'string') return Promise.resolve(failure('unsupported'))
  const filePath = file.source
  return new Promise((resolve) => {
    const task: Taro.UploadTask | undefined = Taro.uploadFile({
      url: request.url,
      filePath,
      name: request.field,
      header: request.headers,
      timeout: 120_000,
      success: (res) => resolve({ ok: true, status: res.statusCode, body: parseBody(res.data) }),
      fail: (error) => resolve(failureFromError(error)),
    })
    // Absent in some test doubles of wx; progress is a nicety, the upload still completes.
    task?.onProgressUpdate?.((e) => request.onProgress(e.progress))
  })
}

/** One multipart file upload with progress: the only upload code (axios cannot send files on weapp). */
export function uploadFile(request: UploadRequest): Promise<UploadResult> {
  return isWeapp ? uploadInWeapp(request) : uploadInBrowser(request)
}
