import jsQR from 'jsqr'
import { encode } from 'uqr'
import type { Appointment, Slot } from '../../../../src/services/contract'
import {
  asStep,
  movedLine,
  statusLabel,
  stepTitle,
  chosenSoFar,
  dateLabel,
  dueReminder,
  earliestOpenSlot,
  previousStep,
  slotHint,
  whenLabel,
} from '../../../../src/features/booking/model'
import { qrRuns, type QrRun } from '../../../../src/components/qr-code/runs'

const at = (local: string) => new Date(`${local}+08:00`)

const slot = (time: string, remaining: number, busyness: Slot['busyness'] = 'quiet'): Slot => ({
  start: at(`2026-11-27T${time}:00`).toISOString(),
  end: at(`2026-11-27T${time}:00`).toISOString(),
  time,
  capacity: 5,
  remaining,
  busyness,
})

function booking(
  date: string,
  time: string,
  status: Appointment['status'] = 'booked',
): Appointment {
  const start = at(`${date}T${time}:00`)
  return {
    id: `${date}-${time}`,
    code: 'ABCDEFGH',
    checkInLink: 'https://ymt.qingshan.gov.cn/q/cABCDEFGH..AAAAAAAAAA',
    itemId: 'i',
    itemName: '诊所备案',
    pointId: 'p',
    pointName: '青山区政务服务中心',
    date,
    time,
    slotStart: start.toISOString(),
    slotEnd: new Date(start.getTime() + 1_800_000).toISOString(),
    name: '张*',
    phone: '138****5678',
    status,
    queueNumber: null,
    changeDeadline: new Date(start.getTime() - 7_200_000).toISOString(),
    canChange: true,
    createdAt: start.toISOString(),
  }
}

describe('steps', () => {
  test('an unknown stored step starts over; 上一步 of the first step is none', () => {
    expect(asStep('slot')).toBe('slot')
    expect(asStep('pay')).toBe('point')
    expect(previousStep('confirm')).toBe('slot')
    expect(previousStep('point')).toBeNull()
  })
})

describe('labels in 包头 time', () => {
  test('dates and relative days', () => {
    expect(dateLabel('2026-11-27', new Date('2026-11-01T00:00:00+08:00'))).toBe('11月27日 周五')
    const now = at('2026-11-26T23:30:00')
    expect(whenLabel({ date: '2026-11-26', time: '16:00' }, now)).toBe('今天 16:00')
    expect(whenLabel({ date: '2026-11-27', time: '09:30' }, now)).toBe('明天 09:30')
    expect(whenLabel({ date: '2026-11-29', time: '09:30' }, now)).toBe('11月29日 周日 09:30')
  })

  test('a slot says how many places are left and how busy it usually is', () => {
    expect(slotHint(slot('09:00', 0, 'busy'))).toBe('已约满')
    expect(slotHint(slot('09:30', 3, 'busy'))).toBe('余3个 · 较忙')
    expect(earliestOpenSlot([slot('09:00', 0), slot('09:30', 1), slot('10:00', 5)])?.time).toBe(
      '09:30',
    )
    expect(earliestOpenSlot([slot('09:00', 0)])).toBeNull()
  })
})

describe('dueReminder: the in-app reminder', () => {
  const now = at('2026-11-26T10:00:00')
  test('the soonest booking starting within 24 hours, not one already started or cancelled', () => {
    const items = [
      booking('2026-11-27', '09:30'),
      booking('2026-11-26', '16:00'),
      booking('2026-11-26', '11:00', 'cancelled'),
      booking('2026-11-26', '09:30'),
    ]
    expect(dueReminder(items, now)?.id).toBe('2026-11-26-16:00')
  })
  test('nothing more than a day ahead', () => {
    expect(dueReminder([booking('2026-11-27', '10:30')], now)).toBeNull()
    expect(dueReminder([booking('2026-11-27', '10:00')], now)?.id).toBe('2026-11-27-10:00')
  })
})

/** Paints the runs as a 4-px-per-module RGBA image, the way the screen shows them. */
function paint(rows: QrRun[][]): { data: Uint8ClampedArray; width: number; height: number } {
  const scale = 4
  const modules = rows.length
  const size = modules * scale
  const data = new Uint8ClampedArray(size * size * 4).fill(255)
  rows.forEach((runs, y) => {
    let x = 0
    for (const run of runs) {
      for (let i = 0; i < run.length; i += 1, x += 1) {
        if (!run.dark) continue
        for (let dy = 0; dy < scale; dy += 1)
          for (let dx = 0; dx < scale; dx += 1) {
            const at = ((y * scale + dy) * size + x * scale + dx) * 4
            data.fill(0, at, at + 3)
          }
      }
    }
  })
  return { data, width: size, height: size }
}

test('the check-in QR drawn from runs decodes back to the code', () => {
  for (const code of ['K7M2P9QA', 'ABCDEFGH', '23456789']) {
    const matrix = encode(code, { ecc: 'M', border: 2 }).data
    const rows = qrRuns(matrix)
    expect(rows.every((runs) => runs.reduce((n, r) => n + r.length, 0) === matrix.length)).toBe(
      true,
    )
    const image = paint(rows)
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(code)
  }
})

test('朗读 of a booking step repeats what was chosen before it, and nothing after', () => {
  const draft = {
    pointName: '青山区政务服务中心',
    date: '2026-11-27',
    weekday: '5',
    slotTime: '09:30',
  }
  expect(chosenSoFar(draft, 'point')).toEqual([])
  expect(chosenSoFar(draft, 'slot')).toEqual(['网点：青山区政务服务中心', '日期：11月27日 周五'])
  expect(chosenSoFar(draft, 'confirm')).toEqual([
    '网点：青山区政务服务中心',
    '日期：11月27日 周五',
    '时段：09:30',
  ])
  expect(chosenSoFar({ ...draft, date: '' }, 'confirm')).toEqual([
    '网点：青山区政务服务中心',
    '时段：09:30',
  ])
})

test('a booking an 改约 replaced reads 已改约 and its new time, not 已取消', () => {
  const now = new Date('2026-12-01T02:00:00Z')
  const movedTo = { id: 'a2', date: '2026-12-14', time: '15:00' }
  expect(statusLabel({ status: 'cancelled', movedTo })).toBe('已改约')
  expect(statusLabel({ status: 'cancelled' })).toBe('已取消')
  expect(movedLine({ movedTo }, now)).toBe('已改约，新时间 12月14日 周一 15:00')
  expect(movedLine({}, now)).toBeNull()
})

test('an 改约 confirms an 改约', () => {
  expect(stepTitle('confirm', true)).toBe('确认改约信息')
  expect(stepTitle('confirm', false)).toBe('确认预约信息')
  expect(stepTitle('slot', true)).toBe('选择时段')
})
