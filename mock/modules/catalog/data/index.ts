import { parseReference } from '../../reference-data'
import { handDraft, type Draft } from './build'
import { bundleSeeds } from './bundles'
import { assignCodes } from './codes'
import business from './items/business.json'
import civil from './items/civil.json'
import community from './items/community.json'
import employment from './items/employment.json'
import enterprise from './items/enterprise.json'
import enterpriseChange from './items/enterprise-change.json'
import fees from './items/fees.json'
import health from './items/health.json'
import healthServices from './items/health-services.json'
import housing from './items/housing.json'
import labor from './items/labor.json'
import medicalBenefits from './items/medical-benefits.json'
import medicalInsurance from './items/medical-insurance.json'
import permits from './items/permits.json'
import police from './items/police.json'
import realty from './items/realty.json'
import realtyServices from './items/realty-services.json'
import retirement from './items/retirement.json'
import socialOrg from './items/social-org.json'
import socialSecurity from './items/social-security.json'
import tax from './items/tax.json'
import telecom from './items/telecom.json'
import urban from './items/urban.json'
import { generateLongTail } from './long-tail'
import { materialSeeds } from './materials'
import { HandItemsFile } from './schema'
import type { BundleSeed, ItemSeed, MaterialSeed } from './types'

export { CODE_PATTERN, TYPE_CODES, unitCode } from './codes'
export { TARGETS } from './long-tail'

/** The hand-written items (items/*.json), in this order: it fixes their 实施编码. */
const HAND_FILES: [name: string, data: unknown][] = [
  ['enterprise', enterprise],
  ['enterprise-change', enterpriseChange],
  ['business', business],
  ['permits', permits],
  ['tax', tax],
  ['fees', fees],
  ['social-security', socialSecurity],
  ['retirement', retirement],
  ['employment', employment],
  ['labor', labor],
  ['medical-insurance', medicalInsurance],
  ['medical-benefits', medicalBenefits],
  ['realty', realty],
  ['realty-services', realtyServices],
  ['housing', housing],
  ['health', health],
  ['health-services', healthServices],
  ['civil', civil],
  ['social-org', socialOrg],
  ['police', police],
  ['community', community],
  ['urban', urban],
  ['telecom', telecom],
]

const handDrafts: Draft[] = HAND_FILES.flatMap(([name, data]) =>
  parseReference(`catalog/data/items/${name}.json`, HandItemsFile, data).items.map(handDraft),
)

const allItems: ItemSeed[] = assignCodes([...handDrafts, ...generateLongTail(handDrafts)])

/** The hand-written items (complete guides), first in `catalogSeed.items`. */
export const handItems: readonly ItemSeed[] = allItems.slice(0, handDrafts.length)

export const catalogSeed: { materials: MaterialSeed[]; items: ItemSeed[]; bundles: BundleSeed[] } =
  { materials: materialSeeds, items: allItems, bundles: bundleSeeds }
