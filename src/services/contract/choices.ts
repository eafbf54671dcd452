// Values of the contract that screens show or check synchronously. They live apart from the
// schemas (which build zod objects when their module loads) so a page can use them without
// loading zod: on weapp the schemas are in the async packages/contract (lazy-endpoints.ts).

/** Files one material may carry (issue 5); WeChat picks at most 9 at a time, so a second pick adds the rest. */
export const MAX_FILES_PER_MATERIAL = 10

/** The longest question 办事指引 accepts. */
export const ASK_MAX_CHARS = 100

export const AGENT_SCOPES = ['finance', 'policy'] as const
export type AgentScope = (typeof AGENT_SCOPES)[number]
export const AGENT_SCOPE_NAMES: Record<AgentScope, string> = {
  finance: '融资贷款申请',
  policy: '政策匹配、预审与订阅',
}

export const CREDIT_GRADES = ['A', 'B', 'C', 'D'] as const
export type CreditGrade = (typeof CREDIT_GRADES)[number]
export const isCreditGrade = (value: string): value is CreditGrade =>
  (CREDIT_GRADES as readonly string[]).includes(value)

export const TESTING_SERVICES = ['air', 'product'] as const
export type TestingService = (typeof TESTING_SERVICES)[number]
export const isTestingService = (value: string): value is TestingService =>
  (TESTING_SERVICES as readonly string[]).includes(value)
