import type * as z from 'zod/mini'
import { commonEndpoints } from './common'
import { accountEndpoints } from './account'
import { pointsEndpoints } from './points'
import { catalogEndpoints } from './catalog'
import { bookingEndpoints } from './booking'
import { policyEndpoints } from './policy'
import { qrEndpoints } from './qr'
import { legalEndpoints } from './legal'
import { lifeEndpoints } from './life'
import { financeEndpoints } from './finance'
import { telecomEndpoints } from './telecom'
import { labsEndpoints } from './labs'
import { casesEndpoints } from './cases'
import { mediaEndpoints } from './media'
import { ecertEndpoints } from './ecert'
import { familyEndpoints } from './family'
import { staffEndpoints } from './staff'
import { messagesEndpoints } from './messages'
import { guideEndpoints } from './guide'
import { adminEndpoints } from './admin'
import { adminPointsEndpoints } from './admin-points'
import { adminCalendarEndpoints } from './admin-calendar'
import { adminQrEndpoints } from './admin-qr'
import { adminLabsEndpoints } from './admin-labs'
import { adminLawyersEndpoints } from './admin-lawyers'
import { adminMediaEndpoints } from './admin-media'
import { adminCatalogEndpoints } from './admin-catalog'
import { adminMaterialsEndpoints } from './admin-materials'
import { adminSupervisionEndpoints } from './admin-supervision'
import { adminPolicyEndpoints } from './admin-policies'
import { adminFinanceEndpoints } from './admin-finance'
import { adminSearchEndpoints } from './admin-search'

export type { EndpointDef } from './define'
// In their own module so the weapp client can use them without pulling in every domain's map.
export { fillPath, splitKey, type Method } from './paths'

/** The wire, once, joined from the domains: the client's `call()` and every server handler are typed from this map. */
export const endpoints = {
  ...commonEndpoints,
  ...accountEndpoints,
  ...pointsEndpoints,
  ...catalogEndpoints,
  ...bookingEndpoints,
  ...policyEndpoints,
  ...qrEndpoints,
  ...legalEndpoints,
  ...lifeEndpoints,
  ...financeEndpoints,
  ...telecomEndpoints,
  ...labsEndpoints,
  ...casesEndpoints,
  ...mediaEndpoints,
  ...ecertEndpoints,
  ...familyEndpoints,
  ...staffEndpoints,
  ...messagesEndpoints,
  ...guideEndpoints,
  ...adminEndpoints,
  ...adminPointsEndpoints,
  ...adminCalendarEndpoints,
  ...adminQrEndpoints,
  ...adminLabsEndpoints,
  ...adminLawyersEndpoints,
  ...adminMediaEndpoints,
  ...adminCatalogEndpoints,
  ...adminMaterialsEndpoints,
  ...adminSupervisionEndpoints,
  ...adminPolicyEndpoints,
  ...adminFinanceEndpoints,
  ...adminSearchEndpoints,
}

/** Each domain's map, to check no two domains declare the same endpoint. */
export const endpointsByDomain = {
  common: commonEndpoints,
  account: accountEndpoints,
  points: pointsEndpoints,
  catalog: catalogEndpoints,
  booking: bookingEndpoints,
  policy: policyEndpoints,
  qr: qrEndpoints,
  legal: legalEndpoints,
  life: lifeEndpoints,
  finance: financeEndpoints,
  telecom: telecomEndpoints,
  labs: labsEndpoints,
  cases: casesEndpoints,
  media: mediaEndpoints,
  ecert: ecertEndpoints,
  family: familyEndpoints,
  staff: staffEndpoints,
  messages: messagesEndpoints,
  guide: guideEndpoints,
  admin: adminEndpoints,
  adminPoints: adminPointsEndpoints,
  adminCalendar: adminCalendarEndpoints,
  adminQr: adminQrEndpoints,
  adminLabs: adminLabsEndpoints,
  adminLawyers: adminLawyersEndpoints,
  adminMedia: adminMediaEndpoints,
  adminCatalog: adminCatalogEndpoints,
  adminMaterials: adminMaterialsEndpoints,
  adminSupervision: adminSupervisionEndpoints,
  adminPolicies: adminPolicyEndpoints,
  adminFinance: adminFinanceEndpoints,
  adminSearch: adminSearchEndpoints,
}

export type Endpoints = typeof endpoints
export type EndpointKey = keyof Endpoints

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
