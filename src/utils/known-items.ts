/**
 * Catalog items the app links to by id. tests/src/utils/known-items.test.ts fails when one of them
 * disappears from the catalog or turns into a different task.
 */
export const KNOWN_ITEMS = {
  /** 城乡居民基本医疗保险费缴纳: paid through the tax channels, not the 生活缴费 sandbox. */
  medicalPremium: 'tax-resident-medical-premium',
  pensionQualification: 'social-benefit-qualification',
  socialCardApply: 'hrss-social-card-apply',
  socialCardLoss: 'hrss-social-card-loss',
  seniorAllowance: 'civil-senior-allowance',
  seniorCard: 'lt-pub-0187',
} as const
