import * as z from 'zod/mini'
import '../zod'

export const ConsentRequest = z.object({
  version: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '隐私政策版本号格式不正确')),
  channel: z.enum(['weapp', 'h5']),
})

export const ConsentRecord = z.object({
  id: z.string(),
  version: z.string(),
  channel: z.enum(['weapp', 'h5']),
  agreedAt: z.string(),
})
export type ConsentRecord = z.infer<typeof ConsentRecord>
