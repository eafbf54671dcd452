import { useCallback, useState } from 'react'
import {
  App,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import type { AdminLab, LabEdit, TestingService } from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { EditModal } from '../edit-modal'
import { useLoad } from '../use-load'

const SERVICE_NAMES: Record<TestingService, string> = {
  air: '室内空气检测',
  product: '产品质量检测',
}

const editOf = (lab: AdminLab): LabEdit => ({
  name: lab.name,
  services: lab.services,
  hours: lab.hours,
  capacity: lab.capacity,
  address: lab.address,
  phone: lab.phone,
})

/** 检测机构: what residents see in 检验检测 and book; a change shows in the mini program at once. */
export function LabsPage() {
  const { message } = App.useApp()
  const load = useCallback(() => call('GET /api/v1/admin/labs', {}).then((l) => l.items), [])
  const { value, loading, failure, reload } = useLoad(load)
  const [editing, setEditing] = useState<AdminLab | null>(null)
  const toggle = async (lab: AdminLab) => {
    try {
      const params = { id: lab.id }
      await (lab.hidden
        ? call('POST /api/v1/admin/labs/:id/show', { params })
        : call('POST /api/v1/admin/labs/:id/hide', { params }))
      void message.success(lab.hidden ? `已上架：${lab.name}` : `已下架：${lab.name}`)
      void reload()
    } catch (error) {
      void message.error(messageOf(error))
    }
  }
  return (
    <>
      <Typography.Title level={2}>检测机构</Typography.Title>
      <Typography.Paragraph type='secondary'>
        居民在小程序“检验检测”里看到并预约的机构。修改后小程序立即显示；下架后居民不能再预约，已有预约不受影响。
      </Typography.Paragraph>
      {failure && <Typography.Text type='danger'>{failure}</Typography.Text>}
      <Table<AdminLab>
        rowKey='id'
        loading={loading}
        dataSource={value ?? []}
        pagination={false}
        columns={[
          {
            title: '机构',
            render: (_, lab) => (
              <Space direction='vertical' size={0}>
                <Typography.Text strong>{lab.name}</Typography.Text>
                <Space size={4}>
                  {lab.sample && <Tag>示例</Tag>}
                  {lab.hidden ? <Tag color='default'>已下架</Tag> : <Tag color='green'>展示中</Tag>}
                  {lab.editedAt && <Tag color='blue'>后台已修改</Tag>}
                </Space>
              </Space>
            ),
          },
          {
            title: '检测服务',
            render: (_, lab) => lab.services.map((s) => SERVICE_NAMES[s]).join('、'),
          },
          { title: '服务时间', dataIndex: 'hours' },
          { title: '接待量', render: (_, lab) => `每半天 ${lab.capacity} 次` },
          { title: '地址', dataIndex: 'address' },
          {
            title: '联系电话',
            render: (_, lab) => <span style={{ whiteSpace: 'nowrap' }}>{lab.phone}</span>,
          },
          {
            title: '操作',
            render: (_, lab) => (
              <Space>
                <Button
                  size='small'
                  onClick={() => setEditing(lab)}
                  aria-label={`编辑 ${lab.name}`}
                >
                  编辑
                </Button>
                <Button size='small' danger={!lab.hidden} onClick={() => void toggle(lab)}>
                  {lab.hidden ? '上架' : '下架'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <EditModal<LabEdit>
        title={`编辑检测机构：${editing?.name ?? ''}`}
        initial={editing && editOf(editing)}
        onClose={() => setEditing(null)}
        onSave={async (body) => {
          if (!editing) return
          await call('POST /api/v1/admin/labs/:id', { params: { id: editing.id }, body })
          void message.success('已保存，小程序立即显示新信息')
          void reload()
        }}
      >
        {() => (
          <>
            <Form.Item
              name='name'
              label='机构名称'
              rules={[{ required: true, message: '请填写机构名称' }]}
            >
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name='services' label='检测服务'>
              <Checkbox.Group
                options={Object.entries(SERVICE_NAMES).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
            <Form.Item name='hours' label='服务时间'>
              <Input maxLength={60} placeholder='如：工作日 9:00–17:30 上门采样' />
            </Form.Item>
            <Form.Item name='capacity' label='每半天可上门次数'>
              <InputNumber min={1} max={50} precision={0} />
            </Form.Item>
            <Form.Item name='address' label='机构地址'>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name='phone' label='联系电话'>
              <Input maxLength={20} placeholder='如 0472-3100001' />
            </Form.Item>
          </>
        )}
      </EditModal>
    </>
  )
}
