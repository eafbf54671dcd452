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
import type { AdminLawyer, LawyerEdit, LegalTopicId } from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { EditModal } from '../edit-modal'
import { useLoad } from '../use-load'

const TOPIC_NAMES: Record<LegalTopicId, string> = {
  contract: '合同纠纷',
  labor: '劳务争议/欠薪',
  family: '婚姻家庭',
  tenancy: '房屋租赁',
  consumer: '消费维权',
  traffic: '交通事故',
}

/** The phone and licence fields stay empty: the console sees them masked, blank keeps them. */
const editOf = (lawyer: AdminLawyer): LawyerEdit => ({
  firm: lawyer.firm,
  specialties: lawyer.specialties,
  years: lawyer.years,
  intro: lawyer.intro,
})

/** Empty optional fields are left out, so the numbers on file stay. */
const withoutBlanks = (edit: LawyerEdit): LawyerEdit => ({
  ...edit,
  phone: edit.phone || undefined,
  licenceNo: edit.licenceNo || undefined,
})

function StatusTag({ lawyer }: { lawyer: AdminLawyer }) {
  if (!lawyer.granted) return <Tag>未授予律师角色</Tag>
  return lawyer.paused ? <Tag color='orange'>暂停接受咨询</Tag> : <Tag color='green'>接受咨询</Tag>
}

/** 律师: the profile residents choose a lawyer by, and whether they take new questions. */
export function LawyersPage() {
  const { message } = App.useApp()
  const load = useCallback(() => call('GET /api/v1/admin/lawyers', {}).then((l) => l.items), [])
  const { value, loading, failure, reload } = useLoad(load)
  const [editing, setEditing] = useState<AdminLawyer | null>(null)
  const toggle = async (lawyer: AdminLawyer) => {
    try {
      const params = { id: lawyer.id }
      await (lawyer.paused
        ? call('POST /api/v1/admin/lawyers/:id/resume', { params })
        : call('POST /api/v1/admin/lawyers/:id/pause', { params }))
      void message.success(
        lawyer.paused ? `${lawyer.name} 恢复接受咨询` : `${lawyer.name} 暂停接受咨询`,
      )
      void reload()
    } catch (error) {
      void message.error(messageOf(error))
    }
  }
  return (
    <>
      <Typography.Title level={2}>律师</Typography.Title>
      <Typography.Paragraph type='secondary'>
        居民在“法律服务”里按擅长领域选择律师。暂停后居民不能再向其提问，已有咨询仍可答复。电话和执业证号只显示掩码。
      </Typography.Paragraph>
      {failure && <Typography.Text type='danger'>{failure}</Typography.Text>}
      <Table<AdminLawyer>
        rowKey='id'
        loading={loading}
        dataSource={value ?? []}
        pagination={false}
        columns={[
          {
            title: '律师',
            render: (_, l) => (
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                {l.name}
              </Typography.Text>
            ),
          },
          { title: '执业机构', dataIndex: 'firm' },
          {
            title: '擅长领域',
            render: (_, l) =>
              l.specialties.length === 0 ? (
                <Typography.Text type='warning'>未填写，请补充</Typography.Text>
              ) : (
                l.specialties.map((t) => TOPIC_NAMES[t]).join('、')
              ),
          },
          { title: '年限', render: (_, l) => `${l.years} 年` },
          { title: '电话', render: (_, l) => l.phone ?? '—' },
          { title: '执业证号', render: (_, l) => l.licenceNo ?? '—' },
          { title: '状态', render: (_, l) => <StatusTag lawyer={l} /> },
          {
            title: '操作',
            render: (_, l) => (
              <Space>
                <Button size='small' onClick={() => setEditing(l)} aria-label={`编辑 ${l.name}`}>
                  编辑
                </Button>
                <Button size='small' danger={!l.paused} onClick={() => void toggle(l)}>
                  {l.paused ? '恢复接受咨询' : '暂停接受咨询'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <EditModal<LawyerEdit>
        title={`编辑律师资料：${editing?.name ?? ''}`}
        initial={editing && editOf(editing)}
        onClose={() => setEditing(null)}
        onSave={async (body) => {
          if (!editing) return
          const params = { id: editing.id }
          await call('POST /api/v1/admin/lawyers/:id', { params, body: withoutBlanks(body) })
          void message.success('已保存，居民立即看到新资料')
          void reload()
        }}
      >
        {() => (
          <>
            <Form.Item name='firm' label='执业机构'>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name='specialties' label='擅长领域'>
              <Checkbox.Group
                options={Object.entries(TOPIC_NAMES).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
            <Form.Item name='years' label='执业年限（年）'>
              <InputNumber min={0} max={60} precision={0} />
            </Form.Item>
            <Form.Item name='intro' label='律师简介'>
              <Input.TextArea rows={3} maxLength={300} showCount />
            </Form.Item>
            <Form.Item
              name='phone'
              label='联系电话'
              extra={`已登记：${editing?.phone ?? '无'}。不修改请留空。`}
            >
              <Input maxLength={20} autoComplete='off' />
            </Form.Item>
            <Form.Item
              name='licenceNo'
              label='律师执业证号'
              extra={`已登记：${editing?.licenceNo ?? '无'}。不修改请留空。`}
            >
              <Input maxLength={17} autoComplete='off' />
            </Form.Item>
          </>
        )}
      </EditModal>
    </>
  )
}
