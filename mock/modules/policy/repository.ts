import type { Db } from '../../db/open'

export interface PreReviewRow {
  id: string
  enterprise_id: string
  kind: 'policy' | 'annual_report'
  policy_id: string | null
  title: string
  outcome: 'pass' | 'fail' | 'need_info'
  reasons_json: string
  next_steps_json: string
  created_at: string
}

interface ProfileRow {
  form_json: string
  updated_at: string
}

export function createPolicyRepo(db: Db) {
  const profile = db.prepare<[string], ProfileRow>(
    'SELECT form_json, updated_at FROM enterprise_profiles WHERE enterprise_id = ?',
  )
  const saveProfile = db.prepare<[string, string, string]>(`
    INSERT INTO enterprise_profiles (enterprise_id, form_json, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (enterprise_id) DO UPDATE SET form_json = excluded.form_json, updated_at = excluded.updated_at`)
  const insertReview = db.prepare<[PreReviewRow]>(`
    INSERT INTO policy_prereviews
      (id, enterprise_id, kind, policy_id, title, outcome, reasons_json, next_steps_json, created_at)
    VALUES (@id, @enterprise_id, @kind, @policy_id, @title, @outcome, @reasons_json, @next_steps_json, @created_at)`)
  const reviews = db.prepare<[string], PreReviewRow>(
    'SELECT * FROM policy_prereviews WHERE enterprise_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 50',
  )
  const subscription = db.prepare<[string], string>(
    'SELECT since FROM policy_subscriptions WHERE enterprise_id = ?',
  )
  const subscribe = db.prepare<[string, string]>(
    'INSERT INTO policy_subscriptions (enterprise_id, since) VALUES (?, ?) ON CONFLICT (enterprise_id) DO NOTHING',
  )
  const unsubscribe = db.prepare<[string]>(
    'DELETE FROM policy_subscriptions WHERE enterprise_id = ?',
  )

  return {
    profile: (enterpriseId: string) => profile.get(enterpriseId),
    saveProfile: (enterpriseId: string, formJson: string, at: string) => {
      saveProfile.run(enterpriseId, formJson, at)
    },
    insertReview: (row: PreReviewRow) => {
      insertReview.run(row)
    },
    reviews: (enterpriseId: string) => reviews.all(enterpriseId),
    subscribedSince: (enterpriseId: string): string | undefined =>
      subscription.pluck().get(enterpriseId),
    subscribe: (enterpriseId: string, since: string) => {
      subscribe.run(enterpriseId, since)
    },
    unsubscribe: (enterpriseId: string) => {
      unsubscribe.run(enterpriseId)
    },
  }
}

export type PolicyRepo = ReturnType<typeof createPolicyRepo>
