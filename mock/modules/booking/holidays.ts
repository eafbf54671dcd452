/**
 * Public holidays and 调休 make-up working days on the mainland, per the State Council's notices.
 * 2026 is the published arrangement; 2027 lists the statutory days only and must be checked
 * against the notice when it is published.
 */
function range(first: string, days: number): string[] {
  const start = new Date(`${first}T00:00:00Z`).getTime()
  return Array.from({ length: days }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  )
}

export const PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set([
  ...range('2026-01-01', 3), // 元旦
  ...range('2026-02-15', 9), // 春节
  ...range('2026-04-04', 3), // 清明节
  ...range('2026-05-01', 5), // 劳动节
  ...range('2026-06-19', 3), // 端午节
  ...range('2026-09-25', 3), // 中秋节
  ...range('2026-10-01', 7), // 国庆节
  ...range('2027-01-01', 3),
  ...range('2027-02-05', 9),
  ...range('2027-04-03', 3),
  ...range('2027-05-01', 5),
  ...range('2027-06-09', 1),
  ...range('2027-09-15', 1),
  ...range('2027-10-01', 7),
])

/** Weekend days worked in exchange for a longer holiday: offices keep their Monday hours. */
export const MAKEUP_WORKDAYS: ReadonlySet<string> = new Set([
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
])
