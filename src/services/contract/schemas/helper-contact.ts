import * as z from 'zod/mini'
import '../zod'
import { OpeningDay } from './points'

/**
 * Who 长辈模式's “打电话给帮办员” rings: the 帮办员 of the caller's open 一键代办 case, or else the
 * 帮办代办 window of the 政务服务中心.
 */
export const HelperContact = z.object({
  name: z.string(),
  desk: z.string(),
  phone: z.string(),
  hours: z.array(OpeningDay),
  /** The open case this 帮办员 handles, so the call can start with its number. */
  caseNumber: z.nullable(z.string()),
})
export type HelperContact = z.infer<typeof HelperContact>
