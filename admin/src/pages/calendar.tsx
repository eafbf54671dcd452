import { useCallback, useState } from 'react'
import { Alert, App, Button, Input, Select, Space, Table, Tag, Typography } from 'antd'
import {
  WEEKDAY_NAMES,
  weekdayOf,
  type AdminHolidayYear,
  type HolidayYearEdit,
} from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { useLoad } from '../use-load'
import { closedBookingsText } from './closed-bookings'

type Range = HolidayYearEdit['holidays'][number]

const weekdayName = (date: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) ? WEEKDAY_NAMES[weekdayOf(date)] : ''

/** One year's 法定节假日 ranges and 调休 working days, edited as the State Council's notice reads. */
function YearEditor({
  year,
  onSaved,
}: {
  year: AdminHolidayYear
  /** With what the save did to bookings; the page keeps it (a saved year remounts this editor). */
  onSaved: (outcome: string) => void
}) {
  const { message } = App.useApp()
  const [holidays, setHolidays] = useState<Range[]>(year.holidays)
  const [makeupDays, setMakeupDays] = useState<string[]>(year.makeupDays)
  const [failure, setFailure] = useState<string | null>(null)
  const setRange = (i: number, change: Partial<Range>) =>
    setHolidays(holidays.map((h, j) => (j === i ? { ...h, ...change } : h)))
  const save = async () => {
    setFailure(null)
    try {
      const saved = await call('POST /api/v1/admin/calendar/years/:id', {
        params: { id: String(year.year) },
        body: { holidays, makeupDays },
      })
      void message.success(`${year.year}年节假日已保存，预约与办理时限立即按新安排计算`)
      onSaved(`${year.year}年安排已保存。${closedBookingsText(saved.closedBookings)}`)
    } catch (error) {
      setFailure(messageOf(error))
    }
  }
  return (
    <Space direction='vertical' style={{ width: '100%' }} size='large'>
      <section aria-label='法定节假日'>
        <Typography.Title level={3} style={{ fontSize: 20 }}>
          法定节假日（放假期间各网点闭馆、不可预约）
        </Typography.Title>
        <Table<Range & { key: number }>
          size='small'
          pagination={false}
          dataSource={holidays.map((h, key) => ({ ...h, key }))}
          columns={[
            {
              title: '名称',
              render: (_, h) => (
                <Input
                  aria-label={`第${h.key + 1}段假期名称`}
                  value={h.name}
                  maxLength={20}
                  onChange={(e) => setRange(h.key, { name: e.target.value })}
                />
              ),
            },
            {
              title: '开始日期',
              render: (_, h) => (
                <Input
                  type='date'
                  aria-label={`${h.name || '假期'} 开始日期`}
                  value={h.from}
                  onChange={(e) => setRange(h.key, { from: e.target.value })}
                />
              ),
            },
            {
              title: '结束日期',
              render: (_, h) => (
                <Input
                  type='date'
                  aria-label={`${h.name || '假期'} 结束日期`}
                  value={h.to}
                  onChange={(e) => setRange(h.key, { to: e.target.value })}
                />
              ),
            },
            {
              title: '操作',
              width: 80,
              render: (_, h) => (
                <Button
                  size='small'
                  danger
                  onClick={() => setHolidays(holidays.filter((_x, j) => j !== h.key))}
                >
                  删除
                </Button>
              ),
            },
          ]}
        />
        <Button
          style={{ marginTop: 8 }}
          onClick={() =>
            setHolidays([
              ...holidays,
              { name: '', from: `${year.year}-01-01`, to: `${year.year}-01-01` },
            ])
          }
        >
          添加假期
        </Button>
      </section>
      <section aria-label='调休上班日'>
        <Typography.Title level={3} style={{ fontSize: 20 }}>
          调休上班日（周末上班，网点按周一时间开放）
        </Typography.Title>
        <Space wrap>
          {makeupDays.map((day, i) => (
            <Space.Compact key={i}>
              <Input
                type='date'
                aria-label={`调休上班日 ${i + 1}`}
                value={day}
                onChange={(e) =>
                  setMakeupDays(makeupDays.map((d, j) => (j === i ? e.target.value : d)))
                }
              />
              <Button disabled>{weekdayName(day)}</Button>
              <Button danger onClick={() => setMakeupDays(makeupDays.filter((_d, j) => j !== i))}>
                删除
              </Button>
            </Space.Compact>
          ))}
          <Button onClick={() => setMakeupDays([...makeupDays, `${year.year}-01-03`])}>
            添加调休上班日
          </Button>
        </Space>
      </section>
      {failure && <Alert type='error' message={failure} showIcon />}
      <Button type='primary' onClick={() => void save()}>
        保存{year.year}年安排
      </Button>
    </Space>
  )
}

/** 节假日与调休: used at once for bookings, 承诺时限, 补正 deadlines and reminders. */
export function CalendarPage() {
  const load = useCallback(
    () => call('GET /api/v1/admin/calendar/years', {}).then((l) => l.items),
    [],
  )
  const { value, failure, reload } = useLoad(load)
  const [chosen, setChosen] = useState<number | null>(null)
  const [outcome, setOutcome] = useState<string | null>(null)
  const years = value ?? []
  const lastYear = years[years.length - 1]?.year ?? new Date().getFullYear()
  const options = [...years.map((y) => y.year), lastYear + 1]
  const selected = chosen ?? years[0]?.year ?? null
  const year: AdminHolidayYear | null =
    selected === null
      ? null
      : (years.find((y) => y.year === selected) ?? {
          year: selected,
          holidays: [],
          makeupDays: [],
          editedAt: null,
        })
  return (
    <>
      <Typography.Title level={2}>节假日与调休</Typography.Title>
      <Typography.Paragraph type='secondary'>
        按国务院办公厅每年的放假通知填写。保存后立即用于预约可选日期、办件承诺时限、补正期限和到期提醒。
      </Typography.Paragraph>
      {failure && <Alert type='error' message={failure} showIcon />}
      <Space style={{ marginBottom: 16 }}>
        <span id='calendar-year-label'>年份</span>
        <Select
          aria-labelledby='calendar-year-label'
          style={{ width: 120 }}
          value={selected ?? undefined}
          onChange={(y: number) => {
            setChosen(y)
            setOutcome(null)
          }}
          options={options.map((y) => ({ value: y, label: `${y}年` }))}
        />
        {year?.editedAt ? (
          <Tag color='blue'>后台维护 · {new Date(year.editedAt).toLocaleString('zh-CN')}</Tag>
        ) : (
          <Tag>内置（国务院通知）</Tag>
        )}
      </Space>
      {outcome && (
        <Alert
          type='info'
          message={outcome}
          showIcon
          role='status'
          style={{ marginBottom: 16 }}
          closable
          onClose={() => setOutcome(null)}
        />
      )}
      {year && (
        <YearEditor
          key={`${year.year}-${year.editedAt ?? 'built-in'}`}
          year={year}
          onSaved={(text) => {
            setOutcome(text)
            void reload()
          }}
        />
      )}
    </>
  )
}
