/**
 * The contract's schema modules for what a screen checks itself (a form before it is sent, an
 * upload's answer), loaded when first needed: on weapp into the async packages/contract with the
 * endpoint maps (see lazy-endpoints.ts), so no page package carries zod. H5 resolves
 * lazy-schemas.h5.ts: each with its domain's chunk.
 */
export const schemasOf = {
  booking: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/booking'),
  cases: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/cases'),
  complaints: () =>
    import(/* webpackChunkName: "packages/contract/index" */ './schemas/complaints'),
  family: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/family'),
  finance: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/finance'),
  identity: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/identity'),
  labs: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/labs'),
  legal: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/legal'),
  life: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/life'),
  policy: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/policy'),
  profile: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/profile'),
  telecom: () => import(/* webpackChunkName: "packages/contract/index" */ './schemas/telecom'),
}
