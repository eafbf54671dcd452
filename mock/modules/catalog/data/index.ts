import type { Draft } from './build'
import { bundleSeeds } from './bundles'
import { assignCodes } from './codes'
import { businessItems } from './items-business'
import { civilItems } from './items-civil'
import { communityItems } from './items-community'
import { employmentItems } from './items-employment'
import { enterpriseChangeItems } from './items-enterprise-change'
import { enterpriseItems } from './items-enterprise'
import { feeItems } from './items-fees'
import { healthServiceItems } from './items-health-services'
import { healthItems } from './items-health'
import { housingItems } from './items-housing'
import { laborItems } from './items-labor'
import { medicalBenefitItems } from './items-medical-benefits'
import { medicalInsuranceItems } from './items-medical-insurance'
import { permitItems } from './items-permits'
import { policeItems } from './items-police'
import { realtyServiceItems } from './items-realty-services'
import { realtyItems } from './items-realty'
import { retirementItems } from './items-retirement'
import { socialOrgItems } from './items-social-org'
import { socialSecurityItems } from './items-social-security'
import { taxItems } from './items-tax'
import { telecomItems } from './items-telecom'
import { urbanItems } from './items-urban'
import { generateLongTail } from './long-tail'
import { materialSeeds } from './materials'
import type { BundleSeed, ItemSeed, MaterialSeed } from './types'

export { CODE_PATTERN, TYPE_CODES, unitCode } from './codes'
export { TARGETS } from './long-tail'

const handDrafts: Draft[] = [
  ...enterpriseItems,
  ...enterpriseChangeItems,
  ...businessItems,
  ...permitItems,
  ...taxItems,
  ...feeItems,
  ...socialSecurityItems,
  ...retirementItems,
  ...employmentItems,
  ...laborItems,
  ...medicalInsuranceItems,
  ...medicalBenefitItems,
  ...realtyItems,
  ...realtyServiceItems,
  ...housingItems,
  ...healthItems,
  ...healthServiceItems,
  ...civilItems,
  ...socialOrgItems,
  ...policeItems,
  ...communityItems,
  ...urbanItems,
  ...telecomItems,
]

const allItems: ItemSeed[] = assignCodes([...handDrafts, ...generateLongTail(handDrafts)])

/** The hand-written items (complete guides), first in `catalogSeed.items`. */
export const handItems: readonly ItemSeed[] = allItems.slice(0, handDrafts.length)

export const catalogSeed: { materials: MaterialSeed[]; items: ItemSeed[]; bundles: BundleSeed[] } =
  { materials: materialSeeds, items: allItems, bundles: bundleSeeds }
