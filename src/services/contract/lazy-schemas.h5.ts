import type { schemasOf as AllSchemas } from './lazy-schemas'

/**
 * H5's schemasOf (lazy-schemas.ts is the weapp's and Node's): a schema module loads with the
 * chunk of the domain whose endpoints use it (`contract-<domain>`, see lazy-endpoints.h5.ts), so a
 * form's checks and that domain's calls share one download.
 */
export const schemasOf: typeof AllSchemas = {
  booking: () => import(/* webpackChunkName: "contract-booking" */ './schemas/booking'),
  cases: () => import(/* webpackChunkName: "contract-cases" */ './schemas/cases'),
  complaints: () => import(/* webpackChunkName: "contract-cases" */ './schemas/complaints'),
  family: () => import(/* webpackChunkName: "contract-family" */ './schemas/family'),
  finance: () => import(/* webpackChunkName: "contract-finance" */ './schemas/finance'),
  identity: () => import(/* webpackChunkName: "contract-account" */ './schemas/identity'),
  labs: () => import(/* webpackChunkName: "contract-labs" */ './schemas/labs'),
  legal: () => import(/* webpackChunkName: "contract-legal" */ './schemas/legal'),
  life: () => import(/* webpackChunkName: "contract-life" */ './schemas/life'),
  policy: () => import(/* webpackChunkName: "contract-policy" */ './schemas/policy'),
  profile: () => import(/* webpackChunkName: "contract-account" */ './schemas/profile'),
  telecom: () => import(/* webpackChunkName: "contract-telecom" */ './schemas/telecom'),
}
