import type {
  CaseApplication,
  CaseRequest,
  CaseSource,
  ComplaintRequest,
  CorrectionItem,
  RatingRequest,
  Upload,
} from '../../services/contract'
import { filePath } from '../../services/contract/file-paths'
import { schemasOf } from '../../services/contract/lazy-schemas'
import { ApiError, lazyCallerFor, errorFromResponse, loadContract } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'
import { uploadFile, type PickedFile } from '../../platform/upload'
import { useSession } from '../../stores/session'

const call = lazyCallerFor(endpointsOf.cases)
const ecertCall = lazyCallerFor(endpointsOf.ecert)

export const caseForm = (source: CaseSource) => call('GET /api/v1/cases/form', { query: source })
/** The user's 电子证照, offered as materials (免证办). */
export const myLicences = () => ecertCall('GET /api/v1/ecert/licences').then((r) => r.items)
/** 实名 and licence values the form starts from. */
export const formPrefill = () => ecertCall('GET /api/v1/ecert/prefill')

export const submitCase = (body: CaseRequest, idempotencyKey: string) =>
  call('POST /api/v1/cases', { body }, { idempotencyKey })

export const resubmitCase = (id: string, body: CaseApplication, idempotencyKey: string) =>
  call('POST /api/v1/cases/:id/resubmit', { params: { id }, body }, { idempotencyKey })

export const rateCase = (id: string, body: RatingRequest, idempotencyKey: string) =>
  call('POST /api/v1/cases/:id/rating', { params: { id }, body }, { idempotencyKey })
export const followUpCase = (id: string, note: string) =>
  call('POST /api/v1/staff/cases/:id/follow-up', { params: { id }, body: { note } })

export const fileComplaint = (body: ComplaintRequest, idempotencyKey: string) =>
  call('POST /api/v1/complaints', { body }, { idempotencyKey })
export const myComplaints = () => call('GET /api/v1/complaints').then((r) => r.items)
export const staffComplaints = () => call('GET /api/v1/staff/complaints').then((r) => r.items)
export const answerComplaint = (id: string, answer: string) =>
  call('POST /api/v1/staff/complaints/:id/answer', { params: { id }, body: { answer } })

export const myCases = () => call('GET /api/v1/cases').then((r) => r.items)
export const getCase = (id: string) => call('GET /api/v1/cases/:id', { params: { id } })

export const staffCases = (scope: 'open' | 'closed') =>
  call('GET /api/v1/staff/cases', { query: { scope } }).then((r) => r.items)
export const staffCase = (id: string) => call('GET /api/v1/staff/cases/:id', { params: { id } })
export const acceptCase = (id: string) =>
  call('POST /api/v1/staff/cases/:id/accept', { params: { id } })
export const askCorrection = (id: string, items: CorrectionItem[]) =>
  call('POST /api/v1/staff/cases/:id/correction', { params: { id }, body: { items } })
export const finishCase = (id: string, result: string) =>
  call('POST /api/v1/staff/cases/:id/finish', { params: { id }, body: { result } })
export const refuseCase = (id: string, reason: string) =>
  call('POST /api/v1/staff/cases/:id/refuse', { params: { id }, body: { reason } })

const UPLOAD_URL = `${(process.env.TARO_APP_API_BASE ?? '/').replace(/\/$/, '')}${filePath('POST /api/v1/uploads')}`

async function sendOnce(file: PickedFile, onProgress: (percent: number) => void) {
  const token = useSession.getState().token
  return uploadFile({
    url: UPLOAD_URL,
    file,
    field: 'file',
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
    onProgress,
  })
}

/** Uploads one file with progress; signs in again once when the session has expired. */
export async function uploadMaterial(
  file: PickedFile,
  onProgress: (percent: number) => void,
): Promise<Upload> {
  let result = await sendOnce(file, onProgress)
  if (result.ok && result.status === 401 && (await useSession.getState().signIn())) {
    result = await sendOnce(file, onProgress)
  }
  if (!result.ok) throw new ApiError('network', result.message)
  if (result.status !== 201) throw errorFromResponse(result.status, result.body)
  const { Upload } = await loadContract(schemasOf.cases)
  const parsed = Upload.safeParse((result.body as { data?: unknown } | null)?.data)
  if (!parsed.success) throw new ApiError('http', '服务返回的数据格式不正确，请稍后重试', 201)
  return parsed.data
}
