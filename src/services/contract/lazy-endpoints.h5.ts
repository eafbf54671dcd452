import type { endpointsOf as AllDomains } from './lazy-endpoints'

/**
 * H5's endpointsOf (lazy-endpoints.ts is the weapp's and Node's): each domain's endpoint map and
 * schemas are a chunk of their own, `contract-<domain>`, and zod one shared chunk
 * (config/index.ts), so a page's first call downloads and evaluates only the domains it calls,
 * not the whole contract. Same keys and types as lazy-endpoints.ts.
 */
export const endpointsOf: typeof AllDomains = {
  account: () =>
    import(/* webpackChunkName: "contract-account" */ './endpoints/account').then(
      (m) => m.accountEndpoints,
    ),
  admin: () =>
    import(/* webpackChunkName: "contract-admin" */ './endpoints/admin').then(
      (m) => m.adminEndpoints,
    ),
  booking: () =>
    import(/* webpackChunkName: "contract-booking" */ './endpoints/booking').then(
      (m) => m.bookingEndpoints,
    ),
  cases: () =>
    import(/* webpackChunkName: "contract-cases" */ './endpoints/cases').then(
      (m) => m.casesEndpoints,
    ),
  catalog: () =>
    import(/* webpackChunkName: "contract-catalog" */ './endpoints/catalog').then(
      (m) => m.catalogEndpoints,
    ),
  ecert: () =>
    import(/* webpackChunkName: "contract-ecert" */ './endpoints/ecert').then(
      (m) => m.ecertEndpoints,
    ),
  family: () =>
    import(/* webpackChunkName: "contract-family" */ './endpoints/family').then(
      (m) => m.familyEndpoints,
    ),
  finance: () =>
    import(/* webpackChunkName: "contract-finance" */ './endpoints/finance').then(
      (m) => m.financeEndpoints,
    ),
  guide: () =>
    import(/* webpackChunkName: "contract-guide" */ './endpoints/guide').then(
      (m) => m.guideEndpoints,
    ),
  helperContact: () =>
    import(/* webpackChunkName: "contract-helper-contact" */ './endpoints/helper-contact').then(
      (m) => m.helperContactEndpoints,
    ),
  labs: () =>
    import(/* webpackChunkName: "contract-labs" */ './endpoints/labs').then((m) => m.labsEndpoints),
  legal: () =>
    import(/* webpackChunkName: "contract-legal" */ './endpoints/legal').then(
      (m) => m.legalEndpoints,
    ),
  life: () =>
    import(/* webpackChunkName: "contract-life" */ './endpoints/life').then((m) => m.lifeEndpoints),
  media: () =>
    import(/* webpackChunkName: "contract-media" */ './endpoints/media').then(
      (m) => m.mediaEndpoints,
    ),
  messages: () =>
    import(/* webpackChunkName: "contract-messages" */ './endpoints/messages').then(
      (m) => m.messagesEndpoints,
    ),
  points: () =>
    import(/* webpackChunkName: "contract-points" */ './endpoints/points').then(
      (m) => m.pointsEndpoints,
    ),
  policy: () =>
    import(/* webpackChunkName: "contract-policy" */ './endpoints/policy').then(
      (m) => m.policyEndpoints,
    ),
  qr: () =>
    import(/* webpackChunkName: "contract-qr" */ './endpoints/qr').then((m) => m.qrEndpoints),
  telecom: () =>
    import(/* webpackChunkName: "contract-telecom" */ './endpoints/telecom').then(
      (m) => m.telecomEndpoints,
    ),
}
