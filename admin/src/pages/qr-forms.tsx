import { useCallback, useState } from 'react'
import { Alert, Form, Input, Modal, Select } from 'antd'
import type { AdminQrZone, CodeIssue, ZoneCreate } from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { useLoad } from '../use-load'
import { ItemPicker } from './item-picker'

const usePoints = () => {
  const load = useCallback(() => call('GET /api/v1/admin/points', {}).then((l) => l.items), [])
  return useLoad(load).value ?? []
}

/** Creates a zone (no `zone` given) or edits one. */
export function ZoneModal({
  zone,
  onClose,
  onSaved,
}: {
  zone: AdminQrZone | null
  onClose: () => void
  onSaved: (saved: AdminQrZone) => void
}) {
  const [form] = Form.useForm<ZoneCreate>()
  const [failure, setFailure] = useState<string | null>(null)
  const points = usePoints()
  const save = async () => {
    setFailure(null)
    const values = await form.validateFields()
    try {
      const saved = zone
        ? await call('POST /api/v1/admin/qr/zones/:id', {
            params: { id: zone.id },
            body: { name: values.name, pointId: values.pointId, description: values.description },
          })
        : await call('POST /api/v1/admin/qr/zones', { body: values })
      onSaved(saved)
    } catch (error) {
      setFailure(messageOf(error))
    }
  }
  return (
    <Modal
      open
      title={zone ? `编辑专区：${zone.name}` : '新建一码通专区'}
      okText='保存'
      cancelText='取消'
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Form form={form} layout='vertical' initialValues={zone ?? {}}>
        {!zone && (
          <Form.Item
            name='id'
            label='专区编号（打印码墙时使用，保存后不能修改）'
            rules={[{ required: true, message: '请填写专区编号，如 social-security' }]}
          >
            <Input maxLength={30} placeholder='social-security' />
          </Form.Item>
        )}
        <Form.Item
          name='name'
          label='专区名称'
          rules={[{ required: true, message: '请填写专区名称' }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name='pointId'
          label='所在网点'
          rules={[{ required: true, message: '请选择所在网点' }]}
        >
          <Select options={points.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item
          name='description'
          label='专区介绍（小程序专区页显示）'
          rules={[{ required: true, message: '请填写专区介绍' }]}
        >
          <Input.TextArea maxLength={300} rows={3} />
        </Form.Item>
      </Form>
      {failure && <Alert type='error' message={failure} showIcon />}
    </Modal>
  )
}

const KINDS: { value: CodeIssue['kind']; label: string }[] = [
  { value: 'guide', label: '办事指南' },
  { value: 'queue', label: '取号' },
  { value: 'campaign', label: '活动' },
]

/** Issues a code at the end of the zone's wall: to an item's guide, a point's 取号 or a campaign. */
export function IssueCodeModal({
  zone,
  onClose,
  onIssued,
}: {
  zone: AdminQrZone
  onClose: () => void
  onIssued: () => void
}) {
  const [form] = Form.useForm<CodeIssue>()
  const kind = Form.useWatch('kind', form)
  const [failure, setFailure] = useState<string | null>(null)
  const points = usePoints()
  const issue = async () => {
    setFailure(null)
    const values = await form.validateFields()
    try {
      await call('POST /api/v1/admin/qr/zones/:id/codes', { params: { id: zone.id }, body: values })
      onIssued()
    } catch (error) {
      setFailure(messageOf(error))
    }
  }
  const targets = points.map((p) => ({ value: p.id, label: p.name }))
  return (
    <Modal
      open
      title={`在“${zone.name}”签发码`}
      okText='签发'
      cancelText='取消'
      onOk={() => void issue()}
      onCancel={onClose}
    >
      <Form form={form} layout='vertical' initialValues={{ kind: 'guide' }}>
        <Form.Item name='kind' label='类型' rules={[{ required: true, message: '请选择类型' }]}>
          <Select options={KINDS} onChange={() => form.setFieldValue('targetId', undefined)} />
        </Form.Item>
        <Form.Item
          name='targetId'
          label='指向'
          rules={[{ required: true, message: '请选择码指向的事项、网点或活动' }]}
        >
          {kind === 'campaign' ? (
            <Input placeholder='活动编号，如 gift-2026' maxLength={64} />
          ) : kind === 'queue' ? (
            <Select showSearch optionFilterProp='label' options={targets} />
          ) : (
            <ItemPicker width='100%' />
          )}
        </Form.Item>
        <Form.Item
          name='title'
          label='码下方的标题'
          rules={[{ required: true, message: '请填写标题' }]}
        >
          <Input maxLength={20} />
        </Form.Item>
      </Form>
      {failure && <Alert type='error' message={failure} showIcon />}
    </Modal>
  )
}
