import type { FileEndpointKey } from './file-endpoints'
import * as z from 'zod/mini'
import './zod'
import { Health, IdParams, Ok } from './schemas/common'
import {
  ActingGrant,
  ActingGrantList,
  AuditList,
  AuditQuery,
  ClaimRequest,
  Grant,
  GrantList,
  GrantRequest,
} from './schemas/proxy'
import { LoginRequest, LoginResponse } from './schemas/auth'
import { ActiveIdentityRequest, EnterpriseRequest, Profile } from './schemas/profile'
import {
  AgentClaimRequest,
  AgentGrant,
  AgentGrantParams,
  AgentGrantList,
  AgentGrantRequest,
  Outbox,
  Verification,
  VerificationConfirm,
  VerificationRequest,
} from './schemas/identity'
import { ConsentRecord, ConsentRequest } from './schemas/privacy'
import { HelperContact } from './schemas/helper-contact'
import { LicenceList, Prefill } from './schemas/ecert'
import {
  NearbyQuery,
  NearbyResult,
  ServicePoint,
  ServicePointList,
  ServicePointQuery,
} from './schemas/service-point'
import {
  Bundle,
  BundleSummary,
  Facets,
  FavoriteList,
  Guide,
  ItemPage,
  ItemQuery,
  SearchQuery,
  SearchResult,
} from './schemas/catalog'
import {
  Appointment,
  AppointmentList,
  AppointmentListQuery,
  BookableDates,
  BookableDatesQuery,
  BookingItems,
  BookingItemsQuery,
  BookingRequest,
  CheckInRequest,
  CheckInResult,
  RescheduleRequest,
  SlotList,
  SlotQuery,
} from './schemas/appointment'
import {
  Campaign,
  QrCodeIssued,
  QrCodeIssueRequest,
  QrResolution,
  QrResolveRequest,
  QrScanList,
  QueueCallRequest,
  QueueTicket,
  QueueTicketRequest,
  Zone,
} from './schemas/qr'
import {
  EnterpriseProfile,
  EnterpriseProfileForm,
  MatchList,
  PolicyCalendar,
  PolicyDetail,
  PolicySubscription,
  PreReview,
  PreReviewList,
  PreReviewRequest,
  SubscriptionRequest,
} from './schemas/policy'

import {
  ChapterQuery,
  ItemChapters,
  LiveHome,
  LiveSession,
  LiveSubscriptionRequest,
  Video,
  VideoPage,
  VideoQuery,
} from './schemas/media'
import {
  AidCheckRequest,
  AidCheckResult,
  Assessment,
  AssessmentRequest,
  Consultation,
  ConsultationList,
  ConsultationRequest,
  KnowledgeQuery,
  KnowledgeResult,
  LawyerList,
  LegalTopicList,
  MessageRequest,
} from './schemas/legal'
import {
  BillList,
  BindAccountRequest,
  PaymentRequest,
  Receipt,
  UtilityAccount,
  UtilityAccountList,
} from './schemas/utility'
import {
  ApplicationRequest,
  CreditRequest,
  CreditResult,
  DecisionRequest,
  LoanApplication,
  LoanApplicationList,
  LoanProductList,
} from './schemas/finance'
import {
  PlanList,
  PlanQuery,
  TelecomOrder,
  TelecomOrderList,
  TelecomRequest,
} from './schemas/telecom'
import {
  LabList,
  LabQuery,
  ReportRequest,
  SamplingBooking,
  SamplingBookingList,
  SamplingRequest,
} from './schemas/testing'
import {
  CaseApplication,
  CaseDetail,
  CaseForm,
  CaseFormQuery,
  CaseList,
  CaseRequest,
  CorrectionRequest,
  FinishRequest,
  FollowUpRequest,
  RatingRequest,
  RefuseRequest,
  StaffCaseQuery,
} from './schemas/cases'
import { Complaint, ComplaintList, ComplaintRequest } from './schemas/complaints'
import {
  RoleAuditList,
  RoleAuditQuery,
  RoleGrant,
  RoleGrantList,
  RoleGrantRequest,
  RoleListQuery,
} from './schemas/roles'
export interface EndpointDef {
  summary: string
  /** false only for health and sign-in. */
  auth: boolean
  /** A creating POST: the client sends an Idempotency-Key and the server requires it. */
  creates?: true
  params?: z.ZodMiniType
  query?: z.ZodMiniType
  body?: z.ZodMiniType
  response: z.ZodMiniType
}

/** The wire, once: the client's `call()` and every server handler are typed from this map. */
export const endpoints = {
  'GET /api/v1/health': { summary: '健康检查', auth: false, response: Health },
  'POST /api/v1/auth/wechat-login': {
    summary: '微信登录（code 换会话）',
    auth: false,
    body: LoginRequest,
    response: LoginResponse,
  },
  'POST /api/v1/auth/logout': { summary: '退出登录', auth: true, response: Ok },
  'GET /api/v1/me': { summary: '当前用户', auth: true, response: Profile },
  'POST /api/v1/me/identity/verifications': {
    summary: '实名核验：提交姓名和身份证号，向人口库登记的手机发送验证码（或进行微信人脸核身）',
    auth: true,
    body: VerificationRequest,
    response: Verification,
  },
  'POST /api/v1/me/identity/verifications/:id/confirm': {
    summary: '实名核验：提交验证码或人脸核身结果，通过后保存实名',
    auth: true,
    params: IdParams,
    body: VerificationConfirm,
    response: Profile,
  },
  'GET /api/v1/dev/outbox': {
    summary: '开发环境：发给本人核验手机的短信（生产环境不存在）',
    auth: true,
    response: Outbox,
  },
  'POST /api/v1/me/enterprises': {
    summary: '绑定企业（法人身份）',
    auth: true,
    creates: true,
    body: EnterpriseRequest,
    response: Profile,
  },
  'GET /api/v1/me/enterprises/:id/agents': {
    summary: '法定代表人：本企业的经办人授权',
    auth: true,
    params: IdParams,
    response: AgentGrantList,
  },
  'POST /api/v1/me/enterprises/:id/agents': {
    summary: '法定代表人：授权经办人（限定事项和期限，可随时撤销）',
    auth: true,
    creates: true,
    params: IdParams,
    body: AgentGrantRequest,
    response: AgentGrant,
  },
  'POST /api/v1/me/enterprises/:id/agents/:grantId/revoke': {
    summary: '法定代表人：撤销经办人授权（立即生效）',
    auth: true,
    params: AgentGrantParams,
    response: AgentGrant,
  },
  'POST /api/v1/me/enterprise-agent-claims': {
    summary: '经办人：输入授权码，绑定企业',
    auth: true,
    body: AgentClaimRequest,
    response: Profile,
  },
  'PUT /api/v1/me/active-identity': {
    summary: '切换个人/法人身份',
    auth: true,
    body: ActiveIdentityRequest,
    response: Profile,
  },
  'POST /api/v1/privacy/consents': {
    summary: '记录隐私政策同意',
    auth: true,
    creates: true,
    body: ConsentRequest,
    response: ConsentRecord,
  },
  'GET /api/v1/service-points': {
    summary: '服务网点列表',
    auth: true,
    query: ServicePointQuery,
    response: ServicePointList,
  },
  'GET /api/v1/service-points/:id': {
    summary: '服务网点详情',
    auth: true,
    params: IdParams,
    response: ServicePoint,
  },
  'GET /api/v1/service-points/nearby': {
    summary: '就近办：按距离排序的服务网点',
    auth: true,
    query: NearbyQuery,
    response: NearbyResult,
  },
  'GET /api/v1/service-points/:id/items': {
    summary: '网点可办事项',
    auth: true,
    params: IdParams,
    query: ItemQuery,
    response: ItemPage,
  },
  'GET /api/v1/catalog/facets': {
    summary: '办事分类（场景、部门、通办范围）',
    auth: true,
    response: Facets,
  },
  'GET /api/v1/catalog/items': {
    summary: '事项列表（分页）',
    auth: true,
    query: ItemQuery,
    response: ItemPage,
  },
  'GET /api/v1/catalog/items/:id': {
    summary: '办事指南',
    auth: true,
    params: IdParams,
    response: Guide,
  },
  'GET /api/v1/catalog/search': {
    summary: '事项搜索（汉字、全拼、首字母，容错一个字）',
    auth: true,
    query: SearchQuery,
    response: SearchResult,
  },
  'GET /api/v1/catalog/bundles': {
    summary: '“一件事”列表',
    auth: true,
    response: z.object({ items: z.array(BundleSummary) }),
  },
  'GET /api/v1/catalog/bundles/:id': {
    summary: '“一件事”详情：合并材料与表单',
    auth: true,
    params: IdParams,
    response: Bundle,
  },
  'GET /api/v1/me/favorites': { summary: '我的收藏', auth: true, response: FavoriteList },
  'PUT /api/v1/me/favorites/:id': {
    summary: '收藏事项',
    auth: true,
    params: IdParams,
    response: Ok,
  },
  'DELETE /api/v1/me/favorites/:id': {
    summary: '取消收藏',
    auth: true,
    params: IdParams,
    response: Ok,
  },
  'GET /api/v1/appointments/items': {
    summary: '可预约事项（有办理网点的事项；带 q 时按名称/拼音搜索）',
    auth: true,
    query: BookingItemsQuery,
    response: BookingItems,
  },
  'GET /api/v1/appointments/dates': {
    summary: '可预约日期（未来14个工作日）',
    auth: true,
    query: BookableDatesQuery,
    response: BookableDates,
  },
  'GET /api/v1/appointments/slots': {
    summary: '某日可预约时段（半小时一段，含余量与繁忙程度）',
    auth: true,
    query: SlotQuery,
    response: SlotList,
  },
  'POST /api/v1/appointments': {
    summary: '预约办事',
    auth: true,
    creates: true,
    body: BookingRequest,
    response: Appointment,
  },
  'GET /api/v1/appointments': {
    summary: '我的预约（upcoming 待办 / past 历史）',
    auth: true,
    query: AppointmentListQuery,
    response: AppointmentList,
  },
  'GET /api/v1/appointments/:id': {
    summary: '预约详情',
    auth: true,
    params: IdParams,
    response: Appointment,
  },
  'POST /api/v1/appointments/:id/cancel': {
    summary: '取消预约（办理前2小时截止）',
    auth: true,
    params: IdParams,
    response: Appointment,
  },
  'POST /api/v1/appointments/:id/reschedule': {
    summary: '改约：取消原预约并预约新时段（要么都成功，要么都不变）',
    auth: true,
    creates: true,
    params: IdParams,
    body: RescheduleRequest,
    response: Appointment,
  },
  'POST /api/v1/staff/check-ins': {
    summary: '工作人员核验预约码：签到并取号',
    auth: true,
    body: CheckInRequest,
    response: CheckInResult,
  },
  'GET /api/v1/policy/profile': {
    summary: '企业画像（当前法人身份）',
    auth: true,
    response: EnterpriseProfile,
  },
  'PUT /api/v1/policy/profile': {
    summary: '保存企业画像',
    auth: true,
    body: EnterpriseProfileForm,
    response: EnterpriseProfile,
  },
  'GET /api/v1/policy/matches': {
    summary: '政策匹配：每条政策的符合程度与最小改变建议',
    auth: true,
    response: MatchList,
  },
  'GET /api/v1/policy/matches/:id': {
    summary: '一条政策的逐条条件核对',
    auth: true,
    params: IdParams,
    response: PolicyDetail,
  },
  'POST /api/v1/policy/prereviews': {
    summary: '绿色通道在线预审（政策兑现 / 执照年检）',
    auth: true,
    creates: true,
    body: PreReviewRequest,
    response: PreReview,
  },
  'GET /api/v1/policy/prereviews': {
    summary: '我的预审记录',
    auth: true,
    response: PreReviewList,
  },
  'GET /api/v1/policy/calendar': {
    summary: '政策申报日历（与本企业相关的截止日期）',
    auth: true,
    response: PolicyCalendar,
  },
  'GET /api/v1/policy/subscription': {
    summary: '新政策订阅状态与新匹配的政策',
    auth: true,
    response: PolicySubscription,
  },
  'PUT /api/v1/policy/subscription': {
    summary: '订阅 / 退订新匹配政策提醒',
    auth: true,
    body: SubscriptionRequest,
    response: PolicySubscription,
  },
  'POST /api/v1/qr/resolve': {
    summary: '一码通：识别扫到的码（只有本平台签发的有效码才返回动作）',
    auth: true,
    body: QrResolveRequest,
    response: QrResolution,
  },
  'GET /api/v1/qr/scans': { summary: '我的扫码记录', auth: true, response: QrScanList },
  'GET /api/v1/qr/zones/:id': {
    summary: '服务专区页（含一码通矩阵墙上的码）',
    auth: true,
    params: IdParams,
    response: Zone,
  },
  'POST /api/v1/queue/tickets': {
    summary: '现场取号',
    auth: true,
    creates: true,
    body: QueueTicketRequest,
    response: QueueTicket,
  },
  'GET /api/v1/queue/tickets/:id': {
    summary: '排队进度（前面还有几人、预计等候）',
    auth: true,
    params: IdParams,
    response: QueueTicket,
  },
  'GET /api/v1/campaigns/:id': {
    summary: '活动详情',
    auth: true,
    params: IdParams,
    response: Campaign,
  },
  'POST /api/v1/campaigns/:id/claims': {
    summary: '领取活动礼包（每人一次）',
    auth: true,
    creates: true,
    params: IdParams,
    response: Campaign,
  },
  'POST /api/v1/staff/qr-codes': {
    summary: '工作人员签发一码通二维码',
    auth: true,
    creates: true,
    body: QrCodeIssueRequest,
    response: QrCodeIssued,
  },
  'POST /api/v1/staff/qr-codes/:id/revoke': {
    summary: '停用一码通二维码',
    auth: true,
    params: IdParams,
    response: Ok,
  },
  'POST /api/v1/staff/queue/call-next': {
    summary: '叫下一位',
    auth: true,
    body: QueueCallRequest,
    response: QueueTicket,
  },
  'GET /api/v1/legal/topics': {
    summary: '法律咨询：问题类型与引导问题',
    auth: true,
    response: LegalTopicList,
  },
  'POST /api/v1/legal/assessments': {
    summary: '法律咨询：按回答生成案情摘要、证据清单与诉讼/仲裁时效（不保存）',
    auth: true,
    body: AssessmentRequest,
    response: Assessment,
  },
  'GET /api/v1/legal/knowledge': {
    summary: '法律知识库问答（可搜索）',
    auth: true,
    query: KnowledgeQuery,
    response: KnowledgeResult,
  },
  'GET /api/v1/legal/lawyers': { summary: '公益律师', auth: true, response: LawyerList },
  'POST /api/v1/legal/consultations': {
    summary: '向律师提问（新建咨询）',
    auth: true,
    creates: true,
    body: ConsultationRequest,
    response: Consultation,
  },
  'GET /api/v1/legal/consultations': {
    summary: '我的法律咨询',
    auth: true,
    response: ConsultationList,
  },
  'GET /api/v1/legal/consultations/:id': {
    summary: '咨询详情（提问人或受理律师可看；打开即已读）',
    auth: true,
    params: IdParams,
    response: Consultation,
  },
  'POST /api/v1/legal/consultations/:id/messages': {
    summary: '在咨询中追问或答复',
    auth: true,
    creates: true,
    params: IdParams,
    body: MessageRequest,
    response: Consultation,
  },
  'GET /api/v1/legal/lawyer/consultations': {
    summary: '律师工作台：分配给我的咨询',
    auth: true,
    response: ConsultationList,
  },
  'POST /api/v1/legal/aid-checks': {
    summary: '法律援助条件预审（不保存）',
    auth: true,
    body: AidCheckRequest,
    response: AidCheckResult,
  },
  'GET /api/v1/utilities/accounts': {
    summary: '生活缴费：我绑定的户号',
    auth: true,
    response: UtilityAccountList,
  },
  // Not `creates`: binding is an upsert (a repeat answers the same account), and a refused answer
  // must stay counted — a creating handler's writes are rolled back when it refuses.
  'POST /api/v1/utilities/accounts': {
    summary: '绑定水、电、燃气、暖气户号（需答出户主的姓或预留手机后4位）',
    auth: true,
    body: BindAccountRequest,
    response: UtilityAccount,
  },
  'DELETE /api/v1/utilities/accounts/:id': {
    summary: '解绑户号',
    auth: true,
    params: IdParams,
    response: Ok,
  },
  'GET /api/v1/utilities/accounts/:id/bills': {
    summary: '户号的账单',
    auth: true,
    params: IdParams,
    response: BillList,
  },
  'POST /api/v1/utilities/payments': {
    summary: '缴费（沙箱支付，不扣款）；同一账单只能缴一次',
    auth: true,
    creates: true,
    body: PaymentRequest,
    response: Receipt,
  },
  'GET /api/v1/utilities/payments/:id': {
    summary: '缴费回执',
    auth: true,
    params: IdParams,
    response: Receipt,
  },
  'GET /api/v1/finance/products': {
    summary: '政银合作贷款产品',
    auth: true,
    response: LoanProductList,
  },
  'POST /api/v1/finance/credit-assessments': {
    summary:
      '企业信用自评：等级、加减分因素与匹配的贷款产品（以当前企业身份保存，贷款申请使用服务端计算的等级）',
    auth: true,
    body: CreditRequest,
    response: CreditResult,
  },
  'POST /api/v1/finance/applications': {
    summary: '申请贷款（需以法人身份）',
    auth: true,
    creates: true,
    body: ApplicationRequest,
    response: LoanApplication,
  },
  'GET /api/v1/finance/applications': {
    summary: '我的贷款申请',
    auth: true,
    response: LoanApplicationList,
  },
  'GET /api/v1/finance/applications/:id': {
    summary: '贷款申请进度（申请人或放贷银行工作人员可看）',
    auth: true,
    params: IdParams,
    response: LoanApplication,
  },
  'GET /api/v1/finance/bank/applications': {
    summary: '银行工作台：本行收到的贷款申请',
    auth: true,
    response: LoanApplicationList,
  },
  'POST /api/v1/finance/applications/:id/decision': {
    summary: '银行受理或不予受理',
    auth: true,
    params: IdParams,
    body: DecisionRequest,
    response: LoanApplication,
  },
  'GET /api/v1/telecom/plans': {
    summary: '三大运营商宽带、专线、融合套餐（可比价）',
    auth: true,
    query: PlanQuery,
    response: PlanList,
  },
  'POST /api/v1/telecom/requests': {
    summary: '宽带/专线/套餐办理预约',
    auth: true,
    creates: true,
    body: TelecomRequest,
    response: TelecomOrder,
  },
  'GET /api/v1/telecom/requests': {
    summary: '我的通信业务办理预约',
    auth: true,
    response: TelecomOrderList,
  },
  'GET /api/v1/testing/labs': {
    summary: '有资质的检测机构（产品质量、房屋环境）',
    auth: true,
    query: LabQuery,
    response: LabList,
  },
  'POST /api/v1/testing/bookings': {
    summary: '预约上门采样',
    auth: true,
    creates: true,
    body: SamplingRequest,
    response: SamplingBooking,
  },
  'GET /api/v1/testing/bookings': {
    summary: '我的检测预约与报告',
    auth: true,
    response: SamplingBookingList,
  },
  'GET /api/v1/testing/bookings/:id': {
    summary: '检测预约详情与报告（预约人或该机构工作人员可看）',
    auth: true,
    params: IdParams,
    response: SamplingBooking,
  },
  'GET /api/v1/testing/lab/bookings': {
    summary: '检测机构工作台：本机构的采样预约',
    auth: true,
    response: SamplingBookingList,
  },
  'POST /api/v1/testing/bookings/:id/report': {
    summary: '检测机构出具报告（一次）',
    auth: true,
    params: IdParams,
    body: ReportRequest,
    response: SamplingBooking,
  },
  'GET /api/v1/cases/form': {
    summary: '一键代办：事项或“一件事”的合并申请表（字段与材料各问一次）',
    auth: true,
    query: CaseFormQuery,
    response: CaseForm,
  },
  'POST /api/v1/cases': {
    summary: '一键代办：提交办件（服务端复核材料体检，分派帮办员）',
    auth: true,
    creates: true,
    body: CaseRequest,
    response: CaseDetail,
  },
  'GET /api/v1/cases': { summary: '我的办件', auth: true, response: CaseList },
  'GET /api/v1/helper-contact': {
    summary: '打电话给帮办员：我的帮办员，或政务服务中心帮办代办窗口',
    auth: true,
    response: HelperContact,
  },
  'GET /api/v1/cases/:id': {
    summary: '办件详情：时间线、承诺时限、补正清单',
    auth: true,
    params: IdParams,
    response: CaseDetail,
  },
  'POST /api/v1/cases/:id/resubmit': {
    summary: '补正后重新提交：只发补正清单所列的字段与材料，其余沿用原提交',
    auth: true,
    creates: true,
    params: IdParams,
    body: CaseApplication,
    response: CaseDetail,
  },
  'POST /api/v1/cases/:id/rating': {
    summary: '好差评：办结或不予受理后评价一次（不满意须写明原因，帮办员3个工作日内回访）',
    auth: true,
    creates: true,
    params: IdParams,
    body: RatingRequest,
    response: CaseDetail,
  },
  'GET /api/v1/staff/cases': {
    summary: '帮办员：分派给我的办件',
    auth: true,
    query: StaffCaseQuery,
    response: CaseList,
  },
  'GET /api/v1/staff/cases/:id': {
    summary: '帮办员：办件详情',
    auth: true,
    params: IdParams,
    response: CaseDetail,
  },
  'POST /api/v1/staff/cases/:id/accept': {
    summary: '帮办员：受理（承诺时限开始计时）',
    auth: true,
    params: IdParams,
    response: CaseDetail,
  },
  'POST /api/v1/staff/cases/:id/correction': {
    summary: '帮办员：一次性告知补正',
    auth: true,
    params: IdParams,
    body: CorrectionRequest,
    response: CaseDetail,
  },
  'POST /api/v1/staff/cases/:id/finish': {
    summary: '帮办员：办结',
    auth: true,
    params: IdParams,
    body: FinishRequest,
    response: CaseDetail,
  },
  'POST /api/v1/staff/cases/:id/refuse': {
    summary: '帮办员：不予受理/不予办理',
    auth: true,
    params: IdParams,
    body: RefuseRequest,
    response: CaseDetail,
  },
  'POST /api/v1/staff/cases/:id/follow-up': {
    summary: '帮办员：差评回访整改',
    auth: true,
    params: IdParams,
    body: FollowUpRequest,
    response: CaseDetail,
  },
  'POST /api/v1/complaints': {
    summary: '投诉建议（可关联办件，5个工作日内答复）',
    auth: true,
    creates: true,
    body: ComplaintRequest,
    response: Complaint,
  },
  'GET /api/v1/complaints': { summary: '我的投诉建议', auth: true, response: ComplaintList },
  'GET /api/v1/media/videos': {
    summary: '视频讲解（搜索、按部门筛选、分页）',
    auth: true,
    query: VideoQuery,
    response: VideoPage,
  },
  'GET /api/v1/media/videos/:id': {
    summary: '视频讲解详情与章节',
    auth: true,
    params: IdParams,
    response: Video,
  },
  'GET /api/v1/media/chapters': {
    summary: '讲解某个事项的视频章节（办事指南“看视频讲解”）',
    auth: true,
    query: ChapterQuery,
    response: ItemChapters,
  },
  'GET /api/v1/media/live': {
    summary: '政务直播：正在直播、即将开播、精彩回放',
    auth: true,
    response: LiveHome,
  },
  'GET /api/v1/media/live/:id': {
    summary: '直播详情',
    auth: true,
    params: IdParams,
    response: LiveSession,
  },
  'PUT /api/v1/media/live/:id/subscription': {
    summary: '预约开播提醒（重复预约不变）',
    auth: true,
    params: IdParams,
    body: LiveSubscriptionRequest,
    response: LiveSession,
  },
  'DELETE /api/v1/media/live/:id/subscription': {
    summary: '取消开播提醒',
    auth: true,
    params: IdParams,
    response: LiveSession,
  },
  'GET /api/v1/ecert/licences': {
    summary: '我的电子证照（本人和已绑定企业的，号码打码）',
    auth: true,
    response: LicenceList,
  },
  'GET /api/v1/ecert/prefill': {
    summary: '表单预填：实名信息、常用联系方式和有效电子证照上的内容',
    auth: true,
    response: Prefill,
  },
  'POST /api/v1/proxy/grants': {
    summary: '亲情代办：新建授权（指定事项、限时），返回授权码',
    auth: true,
    creates: true,
    body: GrantRequest,
    response: Grant,
  },
  'GET /api/v1/proxy/grants': {
    summary: '亲情代办：我给出的授权',
    auth: true,
    response: GrantList,
  },
  'POST /api/v1/proxy/grants/:id/code': {
    summary: '亲情代办：刷新未被确认的授权码（10分钟有效）',
    auth: true,
    params: IdParams,
    response: Grant,
  },
  'POST /api/v1/proxy/grants/:id/revoke': {
    summary: '亲情代办：撤销授权（立即生效）',
    auth: true,
    params: IdParams,
    response: Grant,
  },
  'POST /api/v1/proxy/claims/preview': {
    summary: '代家人办：查看授权码对应的授权（不接受）',
    auth: true,
    body: ClaimRequest,
    response: ActingGrant,
  },
  'POST /api/v1/proxy/claims': {
    summary: '代家人办：确认接受授权',
    auth: true,
    body: ClaimRequest,
    response: ActingGrant,
  },
  'GET /api/v1/proxy/acting': {
    summary: '代家人办：我可以代为办理的家人',
    auth: true,
    response: ActingGrantList,
  },
  'GET /api/v1/proxy/audit': {
    summary: '亲情代办：代办记录（grantor 别人为我办的 / grantee 我为家人办的）',
    auth: true,
    query: AuditQuery,
    response: AuditList,
  },
  'GET /api/v1/admin/roles': {
    summary: '管理员：工作人员角色（默认只列有效的）',
    auth: true,
    query: RoleListQuery,
    response: RoleGrantList,
  },
  'POST /api/v1/admin/roles': {
    summary: '管理员：授予角色（窗口、银行、检测机构须指定所属网点/机构）',
    auth: true,
    creates: true,
    body: RoleGrantRequest,
    response: RoleGrant,
  },
  'POST /api/v1/admin/roles/:id/revoke': {
    summary: '管理员：撤销角色（立即生效）',
    auth: true,
    params: IdParams,
    response: RoleGrant,
  },
  'GET /api/v1/admin/roles/audit': {
    summary: '管理员：角色授予与撤销记录（谁、何时、改了什么）',
    auth: true,
    query: RoleAuditQuery,
    response: RoleAuditList,
  },
} as const satisfies Record<string, EndpointDef>

export type Endpoints = typeof endpoints
export type EndpointKey = keyof Endpoints
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

type Part<K extends EndpointKey, P extends 'params' | 'query' | 'body', Dir extends 'in' | 'out'> =
  Endpoints[K] extends Record<P, infer S extends z.ZodMiniType>
    ? Dir extends 'in'
      ? z.input<S>
      : z.output<S>
    : undefined

/** What the client passes: only the parts the endpoint declares, each required. */
export type CallInput<K extends EndpointKey> = (Part<K, 'params', 'in'> extends undefined
  ? unknown
  : { params: Part<K, 'params', 'in'> }) &
  (Part<K, 'query', 'in'> extends undefined ? unknown : { query: Part<K, 'query', 'in'> }) &
  (Part<K, 'body', 'in'> extends undefined ? unknown : { body: Part<K, 'body', 'in'> })

/** What a server handler receives after validation. */
export interface HandlerInput<K extends EndpointKey> {
  params: Part<K, 'params', 'out'>
  query: Part<K, 'query', 'out'>
  body: Part<K, 'body', 'out'>
}

export type Output<K extends EndpointKey> = z.output<Endpoints[K]['response']>

export function splitKey(key: EndpointKey | FileEndpointKey): { method: Method; path: string } {
  const [method, path] = key.split(' ') as [Method, string]
  return { method, path }
}

/** Fills `:name` segments, encoding each value. */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ''))
}
