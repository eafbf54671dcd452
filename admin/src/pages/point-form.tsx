import { useState } from 'react'
import { Alert, Button, Form, Input, InputNumber, Select, Space } from 'antd'
import {
  WEEKDAY_NAMES,
  type AdminPoint,
  type PointSaved,
  type AdminPointDetail,
  type PointCreate,
  type PointEdit,
} from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { spansToText, textToSpans } from './hours-text'

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const

interface Values extends Omit<PointEdit, 'hours'> {
  hours: Record<string, string>
  kind?: PointCreate['kind']
}

export const KIND_NAMES: Record<PointCreate['kind'], string> = {
  center: '政务服务中心',
  street: '街道便民服务中心',
  community: '社区便民服务站',
  bank: '政银合作网点',
  mall: '商圈便民服务点',
}

/** A new point starts as a weekday office (周一至周五 with a lunch break), in 青山区. */
const NEW_POINT: Values = {
  name: '',
  street: '',
  address: '',
  phone: '',
  latitude: 40.6477,
  longitude: 109.8567,
  features: [],
  hours: Object.fromEntries(WEEKDAYS.map((d) => [d, d <= 5 ? '09:00-12:00, 13:30-17:30' : ''])),
}

const valuesOf = (p: AdminPoint): Values => ({
  name: p.name,
  street: p.street,
  address: p.address,
  phone: p.phone,
  latitude: p.latitude,
  longitude: p.longitude,
  features: p.features,
  hours: Object.fromEntries(
    WEEKDAYS.map((d) => [d, spansToText(p.hours.find((h) => h.weekday === d)?.spans ?? [])]),
  ),
})

/**
 * A point's details and its week of opening hours (one line per weekday, lunch breaks as two
 * spans); `point` null = 新增网点, which also asks for the kind.
 */
export function PointForm({
  point,
  onSaved,
}: {
  point: AdminPoint | null
  /** An edit answers with the bookings it closed; a new point has none. */
  onSaved: (saved: AdminPointDetail | PointSaved) => void
}) {
  const [form] = Form.useForm<Values>()
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const save = async (values: Values) => {
    setFailure(null)
    const hours = WEEKDAYS.map((weekday) => ({
      weekday,
      spans: textToSpans(values.hours[weekday] ?? '') ?? [],
    }))
    setSaving(true)
    try {
      const { kind, ...edit } = values
      onSaved(
        point
          ? await call('POST /api/v1/admin/points/:id', {
              params: { id: point.id },
              body: { ...edit, hours },
            })
          : await call('POST /api/v1/admin/points', {
              body: { ...edit, hours, kind: kind ?? 'community' },
            }),
      )
    } catch (error) {
      setFailure(messageOf(error))
    } finally {
      setSaving(false)
    }
  }
  return (
    <Form
      form={form}
      layout='vertical'
      initialValues={point ? valuesOf(point) : NEW_POINT}
      onFinish={(v) => void save(v)}
      aria-label='网点信息'
    >
      {!point && (
        <Form.Item
          name='kind'
          label='网点类型'
          rules={[{ required: true, message: '请选择网点类型' }]}
        >
          <Select
            options={Object.entries(KIND_NAMES).map(([value, label]) => ({ value, label }))}
            style={{ width: 240 }}
          />
        </Form.Item>
      )}
      <Form.Item
        name='name'
        label='网点名称'
        rules={[{ required: true, message: '请填写网点名称' }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Space size='middle' style={{ width: '100%' }} align='start'>
        <Form.Item
          name='street'
          label='所属街道'
          rules={[{ required: true, message: '请填写所属街道' }]}
        >
          <Input maxLength={20} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name='phone'
          label='咨询电话'
          rules={[{ required: true, message: '请填写咨询电话' }]}
        >
          <Input maxLength={20} style={{ width: 180 }} />
        </Form.Item>
      </Space>
      <Form.Item name='address' label='地址' rules={[{ required: true, message: '请填写地址' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Space size='middle' align='start'>
        <Form.Item name='latitude' label='纬度' rules={[{ required: true, message: '请填写纬度' }]}>
          <InputNumber step={0.0001} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name='longitude'
          label='经度'
          rules={[{ required: true, message: '请填写经度' }]}
        >
          <InputNumber step={0.0001} style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: 8 }}>
          营业时间（如 09:00-12:00, 13:30-17:30；空着表示当天休息）
        </legend>
        {WEEKDAYS.map((d) => (
          <Form.Item
            key={d}
            name={['hours', String(d)]}
            label={WEEKDAY_NAMES[d]}
            style={{ marginBottom: 8 }}
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  textToSpans(value ?? '') === null
                    ? Promise.reject(new Error('请写成“开门-关门”，多个时段用逗号隔开'))
                    : Promise.resolve(),
              },
            ]}
          >
            <Input placeholder='休息' />
          </Form.Item>
        ))}
      </fieldset>
      <Form.Item name='features' label='服务特色'>
        <Select mode='tags' placeholder='输入后回车添加' tokenSeparators={[',', '，']} />
      </Form.Item>
      {failure && <Alert type='error' message={failure} showIcon style={{ marginBottom: 12 }} />}
      <Button type='primary' htmlType='submit' loading={saving}>
        {point ? '保存网点信息' : '新增网点'}
      </Button>
    </Form>
  )
}
