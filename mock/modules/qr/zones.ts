import * as z from 'zod/mini'
import { parseReference, provenance } from '../reference-data'
import file from './wall-zones.json'

/**
 * The service zones of 包头日报 2025-12-25 with the codes on their 一码通 wall (wall-zones.json).
 * Guides are named by catalog item id; a wall also carries the hall's 取号 code and, at the mall
 * points, the “扫码享政务礼包” campaign.
 */
const Campaign = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  benefits: z.array(z.string()).check(z.minLength(1)),
})
const Zone = z.object({
  id: z.string(),
  name: z.string(),
  pointId: z.string(),
  description: z.string(),
  codes: z.array(
    z.object({
      kind: z.enum(['guide', 'queue', 'campaign']),
      target: z.string(),
      title: z.string(),
    }),
  ),
})
const WallZonesFile = z.object({ ...provenance, campaign: Campaign, zones: z.array(Zone) })

export type ZoneSeed = z.infer<typeof Zone>
export type CampaignSeed = z.infer<typeof Campaign>

const data = parseReference('qr/wall-zones.json', WallZonesFile, file)

export const GIFT_CAMPAIGN: CampaignSeed = data.campaign
export const ZONES: readonly ZoneSeed[] = data.zones
