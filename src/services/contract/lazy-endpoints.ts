/**
 * The client's way to a domain's endpoint map: loaded on its first call, not with the page.
 * Building a domain's zod schemas is work a page's first screen does not need, and on weapp zod
 * and every schema then live in the async subpackage packages/contract (分包异步化,
 * config/weapp/async-subpackage.ts) instead of the main package or a copy in each subpackage.
 * Every import names the same chunk (webpack magic comments must be literal at each import),
 * so the weapp build has one contract file. H5 resolves lazy-endpoints.h5.ts instead: a chunk
 * per domain, so a page downloads and evaluates only the domains it calls.
 */
export const endpointsOf = {
  account: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/account').then(
      (m) => m.accountEndpoints,
    ),
  admin: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/admin').then(
      (m) => m.adminEndpoints,
    ),
  booking: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/booking').then(
      (m) => m.bookingEndpoints,
    ),
  cases: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/cases').then(
      (m) => m.casesEndpoints,
    ),
  catalog: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/catalog').then(
      (m) => m.catalogEndpoints,
    ),
  ecert: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/ecert').then(
      (m) => m.ecertEndpoints,
    ),
  family: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/family').then(
      (m) => m.familyEndpoints,
    ),
  finance: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/finance').then(
      (m) => m.financeEndpoints,
    ),
  guide: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/guide').then(
      (m) => m.guideEndpoints,
    ),
  helperContact: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/helper-contact').then(
      (m) => m.helperContactEndpoints,
    ),
  labs: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/labs').then(
      (m) => m.labsEndpoints,
    ),
  legal: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/legal').then(
      (m) => m.legalEndpoints,
    ),
  life: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/life').then(
      (m) => m.lifeEndpoints,
    ),
  media: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/media').then(
      (m) => m.mediaEndpoints,
    ),
  messages: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/messages').then(
      (m) => m.messagesEndpoints,
    ),
  points: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/points').then(
      (m) => m.pointsEndpoints,
    ),
  policy: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/policy').then(
      (m) => m.policyEndpoints,
    ),
  qr: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/qr').then(
      (m) => m.qrEndpoints,
    ),
  telecom: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './endpoints/telecom').then(
      (m) => m.telecomEndpoints,
    ),
}
