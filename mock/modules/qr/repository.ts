import type { Db } from '../../db/open'

export interface QrCodeRow {
  id: string
  kind: 'guide' | 'queue' | 'zone' | 'campaign'
  target_id: string
  title: string
  zone_id: string | null
  position: number
  expires_at: string | null
  revoked_at: string | null
}
export interface ZoneRow {
  id: string
  name: string
  point_id: string
  description: string
}
export interface TicketRow {
  id: string
  point_id: string
  day: string
  number: number
  user_id: string
  status: 'waiting' | 'called'
  taken_at: string
}
interface CampaignRow {
  id: string
  title: string
  description: string
  benefits_json: string
}

export function createQrRepo(db: Db) {
  const code = db.prepare<[string], QrCodeRow>('SELECT * FROM qr_codes WHERE id = ?')
  const zoneCodes = db.prepare<[string], QrCodeRow>(
    "SELECT * FROM qr_codes WHERE zone_id = ? AND kind <> 'zone' AND revoked_at IS NULL ORDER BY position",
  )
  const insertCode = db.prepare<
    [Omit<QrCodeRow, 'revoked_at' | 'position'> & { created_at: string }]
  >(`
    INSERT INTO qr_codes (id, kind, target_id, title, zone_id, expires_at, created_at)
    VALUES (@id, @kind, @target_id, @title, @zone_id, @expires_at, @created_at)`)
  const revoke = db.prepare<[string, string]>(
    'UPDATE qr_codes SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?',
  )
  const zoneCodeId = db
    .prepare<[string], string>(
      "SELECT id FROM qr_codes WHERE zone_id = ? AND kind = 'zone' AND revoked_at IS NULL LIMIT 1",
    )
    .pluck()
  const zone = db.prepare<[string], ZoneRow>('SELECT * FROM qr_zones WHERE id = ?')
  const zones = db.prepare<[], ZoneRow>('SELECT * FROM qr_zones ORDER BY sort_order')
  const insertScan = db.prepare<[string, string, number, string, string]>(
    'INSERT INTO qr_scans (id, user_id, official, title, at) VALUES (?, ?, ?, ?, ?)',
  )
  const scans = db.prepare<[string], { id: string; official: number; title: string; at: string }>(
    'SELECT id, official, title, at FROM qr_scans WHERE user_id = ? ORDER BY at DESC LIMIT 50',
  )
  const nextNumber = db
    .prepare<[string, string], number>(
      'SELECT COALESCE(MAX(number), 0) + 1 FROM queue_tickets WHERE point_id = ? AND day = ?',
    )
    .pluck()
  const insertTicket = db.prepare<[Omit<TicketRow, 'status'>]>(`
    INSERT INTO queue_tickets (id, point_id, day, number, user_id, taken_at)
    VALUES (@id, @point_id, @day, @number, @user_id, @taken_at)`)
  const ticket = db.prepare<[string], TicketRow>('SELECT * FROM queue_tickets WHERE id = ?')
  const waitingOf = db.prepare<[string, string, string], TicketRow>(
    "SELECT * FROM queue_tickets WHERE user_id = ? AND point_id = ? AND day = ? AND status = 'waiting'",
  )
  const ahead = db
    .prepare<[string, string, number], number>(
      `SELECT COUNT(*) FROM queue_tickets
      WHERE point_id = ? AND day = ? AND number < ? AND status = 'waiting'`,
    )
    .pluck()
  const firstWaiting = db.prepare<[string, string], TicketRow>(
    "SELECT * FROM queue_tickets WHERE point_id = ? AND day = ? AND status = 'waiting' ORDER BY number LIMIT 1",
  )
  const call = db.prepare<[string, string]>(
    "UPDATE queue_tickets SET status = 'called', called_at = ? WHERE id = ?",
  )
  const campaign = db.prepare<[string], CampaignRow>('SELECT * FROM campaigns WHERE id = ?')
  const claim = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO campaign_claims (campaign_id, user_id, claimed_at) VALUES (?, ?, ?)',
  )
  const claimedAt = db
    .prepare<[string, string], string>(
      'SELECT claimed_at FROM campaign_claims WHERE campaign_id = ? AND user_id = ?',
    )
    .pluck()

  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    code: (id: string) => code.get(id),
    zoneCodes: (zoneId: string) => zoneCodes.all(zoneId),
    insertCode: (row: Parameters<typeof insertCode.run>[0]) => insertCode.run(row),
    revoke: (id: string, at: string) => revoke.run(at, id).changes > 0,
    zone: (id: string) => zone.get(id),
    /** The code that opens the zone page itself (printed at the top of its wall). */
    zoneCodeId: (zoneId: string) => zoneCodeId.get(zoneId),
    zones: () => zones.all(),
    recordScan: (id: string, userId: string, official: boolean, title: string, at: string) =>
      insertScan.run(id, userId, official ? 1 : 0, title, at),
    scans: (userId: string) => scans.all(userId),
    nextNumber: (pointId: string, day: string) => nextNumber.get(pointId, day) ?? 1,
    insertTicket: (row: Omit<TicketRow, 'status'>) => insertTicket.run(row),
    ticket: (id: string) => ticket.get(id),
    /** One waiting number per person and point: the next honest person must not wait for 100. */
    waitingTicketOf: (userId: string, pointId: string, day: string) =>
      waitingOf.get(userId, pointId, day),
    ahead: (t: TicketRow) => ahead.get(t.point_id, t.day, t.number) ?? 0,
    firstWaiting: (pointId: string, day: string) => firstWaiting.get(pointId, day),
    call: (id: string, at: string) => call.run(at, id),
    campaign: (id: string) => {
      const row = campaign.get(id)
      return row && { ...row, benefits: JSON.parse(row.benefits_json) as string[] }
    },
    claim: (campaignId: string, userId: string, at: string) => claim.run(campaignId, userId, at),
    claimedAt: (campaignId: string, userId: string) => claimedAt.get(campaignId, userId) ?? null,
  }
}

export type QrRepo = ReturnType<typeof createQrRepo>
