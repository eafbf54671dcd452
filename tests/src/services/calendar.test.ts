import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import {
  formatDay,
  formatDayTime,
  formatLastDay,
  formatShortDay,
} from '../../../src/services/contract'

const NOW = new Date('2026-12-14T02:00:00Z') // 周一 10:00 in 包头

test('one style: month, day and weekday; the year only when it is not this year', () => {
  expect(formatDay('2026-12-14', NOW)).toBe('12月14日 周一')
  expect(formatDay('2027-01-04', NOW)).toBe('2027年1月4日 周一')
  expect(formatDay('2025-12-14', NOW)).toBe('2025年12月14日 周日')
  expect(formatShortDay('2026-12-14', NOW)).toBe('12月14日')
})

test('instants are shown in Beijing time whatever the zone of the wire', () => {
  // 16:30 UTC on the 13th is already 00:30 on the 14th in 包头.
  expect(formatDayTime('2026-12-13T16:30:00Z', NOW)).toBe('12月14日 周一 00:30')
  expect(formatDayTime('2026-12-31T16:00:00.000Z', NOW)).toBe('2027年1月1日 周五 00:00')
  // The year turns over in Beijing before it does in UTC.
  expect(formatDay('2026-06-01', new Date('2026-12-31T17:00:00Z'))).toBe('2026年6月1日 周一')
})

test('a midnight deadline names the last day allowed', () => {
  expect(formatLastDay('2026-12-15T16:00:00.000Z', NOW)).toBe('12月15日 周二')
})

/** The old helpers each had their own style: 2026-12-14, 12-14 09:30, 2026年12月14日, 12月14日（周一）. */
const OTHER_STYLES: readonly [string, RegExp][] = [
  ['a dayjs display format', /\.format\('[^']*(月|日|HH|YYYY-MM-DD )[^']*'\)/],
  ['a hand-built month/day', /\}月\$\{|getUTCMonth\(\)|getMonth\(\)|toLocale(Date)?String/],
  ['a chineseDate of the contract', /chineseDate\(/],
  // A wire date put on screen as it came: {bill.dueDate}, ${limitation.deadline ?? ''}.
  [
    'a raw wire date',
    /(?<![=\w])\{[\w.?]*\.(date|dueDate|replyDue|followUpDue|deadline|since|validUntil|issuedOn|startDate)( \?\? '')?\}/,
  ],
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'contract' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

test('no page formats a date except through the contract’s calendar', () => {
  const root = join(__dirname, '../../..')
  const offenders = sourceFiles(join(root, 'src')).flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        OTHER_STYLES.filter(([, re]) => re.test(line)).map(
          ([what]) => `${relative(root, path)}:${i + 1} ${what}: ${line.trim()}`,
        ),
      ),
  )
  expect(offenders).toEqual([])
})
