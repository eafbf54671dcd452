import type { Sql } from '../../../mock/db/engine'
import { smsVerifier } from '../../../mock/modules/account/identity/sms-verifier'
import {
  MAX_ATTEMPTS,
  STARTS_PER_HOUR,
  createVerification,
  type VerificationService,
} from '../../../mock/modules/account/identity/verification'
import type { IdentityVerifier } from '../../../mock/modules/account/identity/verifier'
import { addUser, burst } from '../../support/three-instances'
import { accountInstances, refusals } from './instances'

const now = new Date('2026-03-02T01:00:00.000Z')
const PERSON = { name: '王小明', idNumber: '150204198001010015', phone: '13900000015' }
const claim = { name: PERSON.name, idNumber: PERSON.idNumber }

async function addPerson(sql: Sql) {
  await sql
    .insertInto('population_registry')
    .values({
      id_number: PERSON.idNumber,
      name: PERSON.name,
      phone: PERSON.phone,
      address: '内蒙古自治区包头市青山区测试路15号',
      id_card_issued_on: '2020-01-01',
      id_card_valid_until: null,
    })
    .execute()
}

/** Three instances of the 实名核验 service, each over its own pool, with `users` signed up. */
async function instances(users: string[], verifierOf?: () => IdentityVerifier) {
  const { sqls, repos, close } = await accountInstances()
  await addPerson(sqls[0])
  for (const id of users) await addUser(sqls[0], id)
  const services = repos.map((r) =>
    createVerification(r, verifierOf?.() ?? smsVerifier(r.identity)),
  )
  return { sqls, services, close }
}

/** The code the dev verifier "sent" to the phone on file. */
async function sentCode(sql: Sql): Promise<string> {
  const sms = await sql.selectFrom('dev_outbox').select('text').executeTakeFirstOrThrow()
  return /验证码为(\d{6})/.exec(sms.text)![1]!
}

const startOne = async (services: VerificationService[], userId = 'u1') =>
  services[0]!.start(userId, claim, now)

describe('实名核验 on PostgreSQL across three server instances', () => {
  test(`60 wrong codes at once: exactly ${MAX_ATTEMPTS} are checked, the rest refused`, async () => {
    const { sqls, services, close } = await instances(['u1'])
    try {
      const { id } = await startOne(services)
      const code = await sentCode(sqls[0])
      const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
      const results = await burst(60, sqls, (_sql, i) =>
        services[i % 3]!.confirm('u1', id, wrong, now),
      )
      expect(refusals(results)).toEqual({
        VERIFICATION_CODE_WRONG: MAX_ATTEMPTS,
        VERIFICATION_RATE_LIMITED: 60 - MAX_ATTEMPTS,
      })
      const row = await sqls[1]
        .selectFrom('identity_verifications')
        .select('attempts')
        .executeTakeFirstOrThrow()
      expect(row.attempts).toBe(MAX_ATTEMPTS)
      // The right code no longer helps: the tries are spent.
      await expect(services[2]!.confirm('u1', id, code, now)).rejects.toMatchObject({
        code: 'VERIFICATION_RATE_LIMITED',
      })
    } finally {
      await close()
    }
  })

  test('the right code sent 60 times at once is used once', async () => {
    const { sqls, services, close } = await instances(['u1'])
    try {
      const { id } = await startOne(services)
      const code = await sentCode(sqls[0])
      const results = await burst(60, sqls, (_sql, i) =>
        services[i % 3]!.confirm('u1', id, code, now),
      )
      // A try spends one of the few attempts; those that find none left are refused.
      const proven = results.filter((r) => r.status === 'fulfilled')
      expect(proven.length).toBeGreaterThanOrEqual(1)
      const otherRefusals = Object.keys(refusals(results)).filter(
        (code) => code !== 'VERIFICATION_RATE_LIMITED',
      )
      expect(otherRefusals).toEqual([])
      const events = await sqls[1]
        .selectFrom('identity_events')
        .select(['user_id', 'kind'])
        .execute()
      expect(events).toEqual([{ user_id: 'u1', kind: 'verified' }])
      const user = await sqls[2]
        .selectFrom('users')
        .select('id_number')
        .where('id', '=', 'u1')
        .executeTakeFirstOrThrow()
      expect(user.id_number).toBe(PERSON.idNumber)
    } finally {
      await close()
    }
  })

  test('60 starts by one account at once send one code (the resend wait holds)', async () => {
    const { sqls, services, close } = await instances(['u1'])
    try {
      const results = await burst(60, sqls, (_sql, i) => services[i % 3]!.start('u1', claim, now))
      expect(refusals(results)).toEqual({ VERIFICATION_RATE_LIMITED: 59 })
      const sent = await sqls[1].selectFrom('dev_outbox').selectAll().execute()
      expect(sent).toHaveLength(1)
    } finally {
      await close()
    }
  })

  test(`60 accounts starting for one person at once: ${STARTS_PER_HOUR} codes reach the phone`, async () => {
    const users = Array.from({ length: 60 }, (_, i) => `u${i}`)
    const { sqls, services, close } = await instances(users)
    try {
      const results = await burst(60, sqls, (_sql, i) =>
        services[i % 3]!.start(`u${i}`, claim, now),
      )
      expect(refusals(results)).toEqual({ VERIFICATION_RATE_LIMITED: 60 - STARTS_PER_HOUR })
      const sent = await sqls[2].selectFrom('dev_outbox').selectAll().execute()
      expect(sent).toHaveLength(STARTS_PER_HOUR)
    } finally {
      await close()
    }
  })

  test('30 accounts proving one person at once: each takes it in turn, one holds it', async () => {
    const users = Array.from({ length: 30 }, (_, i) => `u${i}`)
    // A verifier that passes everyone (as WeChat 人脸核身 would for the person themself).
    const passing = (): IdentityVerifier => ({
      method: 'face',
      start: async (c) => ({ phone: null, codeHash: null, faceVerifyId: `f-${c.verificationId}` }),
      check: async () => true,
    })
    const { sqls, services, close } = await instances(users, passing)
    try {
      const started: { userId: string; id: string }[] = []
      // Started one after another: the per-person flood limit is not what this test is about.
      for (const userId of users) {
        await sqls[0].deleteFrom('identity_verifications').execute()
        const { id } = await services[0]!.start(userId, claim, now)
        started.push({ userId, id })
      }
      await sqls[0].deleteFrom('identity_verifications').execute()
      await sqls[0]
        .insertInto('identity_verifications')
        .values(
          started.map(({ userId, id }) => ({
            id,
            user_id: userId,
            method: 'face',
            name: PERSON.name,
            id_number: PERSON.idNumber,
            face_verify_id: `f-${id}`,
            expires_at: '2026-03-02T02:00:00.000Z',
            created_at: now.toISOString(),
          })),
        )
        .execute()
      const results = await burst(started.length, sqls, (_sql, i) =>
        services[i % 3]!.confirm(started[i]!.userId, started[i]!.id, undefined, now),
      )
      expect(refusals(results)).toEqual({})
      const holders = await sqls[1]
        .selectFrom('users')
        .select('id')
        .where('id_number', '=', PERSON.idNumber)
        .execute()
      expect(holders).toHaveLength(1)
      const events = await sqls[2].selectFrom('identity_events').select('kind').execute()
      expect(events.filter((e) => e.kind === 'verified')).toHaveLength(30)
      expect(events.filter((e) => e.kind === 'moved_away')).toHaveLength(29)
    } finally {
      await close()
    }
  })
})
