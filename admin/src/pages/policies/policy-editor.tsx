import { useEffect, useState } from 'react'
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Tag,
  Typography,
} from 'antd'
import type {
  DryRun,
  PolicyContent,
  PolicyEditor as Editor,
  PolicyInput,
  RuleFact,
} from '../../../../src/services/contract'
import { call, messageOf } from '../../api'
import { DryRunPanel } from './dry-run-panel'
import { HistoryTable } from './history-table'
import { STATUS } from './labels'
import { PolicyFields, type PolicyFieldValues } from './policy-fields'
import { RuleBuilder } from './rule-builder'
import { asRootGroup, leafFor, type Group } from './rule-tree'

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })

const fieldsOf = (p: PolicyContent): PolicyFieldValues => ({
  ...p,
  deadline: p.deadline ?? '',
  validUntil: p.validUntil ?? '',
})

const blankFields = (): PolicyFieldValues => ({
  title: '',
  level: 'district',
  department: '',
  category: '',
  mode: 'apply',
  amount: '',
  deadline: '',
  publishedOn: today(),
  validUntil: '',
  summary: '',
  basis: '',
  materials: [],
  contact: '青山区政务服务中心企业智惠服务专区，或拨打12345政务服务便民热线',
})

const inputOf = (v: PolicyFieldValues, condition: Group): PolicyInput => ({
  ...v,
  deadline: v.deadline.trim() === '' ? null : v.deadline.trim(),
  validUntil: v.validUntil.trim() === '' ? null : v.validUntil.trim(),
  materials: v.materials ?? [],
  condition,
})

/** The server's problems, one a line (it joins them with "；"). */
function Problems({ text }: { text: string | null }) {
  if (text === null) return null
  const lines = text.split('；')
  return (
    <Alert
      type='error'
      showIcon
      role='alert'
      message='请修改以下问题'
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      }
    />
  )
}

/** What the editor is doing; while it runs, the other actions wait. */
type Action = 'save' | 'dry' | 'publish' | 'restore' | 'withdraw' | 'discard'

/**
 * One policy: its fields and structured conditions, saved as a draft, tried on the 示例
 * enterprises, then published; withdraw and history below.
 */
export function PolicyEditorView({
  id: initialId,
  facts,
  onBack,
}: {
  id: string | null
  facts: readonly RuleFact[]
  onBack: () => void
}) {
  const { message } = App.useApp()
  const [form] = Form.useForm<PolicyFieldValues>()
  const [id, setId] = useState(initialId)
  const [editor, setEditor] = useState<Editor | null>(null)
  const [condition, setCondition] = useState<Group | null>(null)
  const [dry, setDry] = useState<DryRun | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState<Action | null>(null)
  const [withdrawing, setWithdrawing] = useState(false)
  const [reason, setReason] = useState('')

  const show = (next: Editor) => {
    setEditor(next)
    const source = next.draft ?? next.published
    if (source) {
      form.setFieldsValue(fieldsOf(source))
      setCondition(asRootGroup(source.condition))
    }
  }
  useEffect(() => {
    if (initialId === null) {
      form.setFieldsValue(blankFields())
      const first = facts[0]
      setCondition({ all: first ? [leafFor(first)] : [] })
      return
    }
    call('GET /api/v1/admin/policies/:id', { params: { id: initialId } })
      .then(show)
      .catch((e: unknown) => setProblem(messageOf(e)))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once per policy
  }, [initialId])

  const run = async (action: Action, work: () => Promise<void>) => {
    setBusy(action)
    setProblem(null)
    try {
      await work()
    } catch (error) {
      setProblem(messageOf(error))
    } finally {
      setBusy(null)
    }
  }
  const current = async () => inputOf(await form.validateFields(), condition ?? { all: [] })
  const save = async (): Promise<string> => {
    const body = await current()
    if (id === null) {
      const created = await call('POST /api/v1/admin/policies', { body })
      setId(created.id)
      show(created)
      return created.id
    }
    show(await call('PUT /api/v1/admin/policies/:id/draft', { params: { id }, body }))
    return id
  }
  const saveDraft = () =>
    run('save', async () => {
      await save()
      void message.success('草稿已保存（尚未发布，小程序仍显示已发布版本）')
    })
  const dryRun = () =>
    run('dry', async () => {
      const target = id ?? (await save())
      setDry(
        await call('POST /api/v1/admin/policies/:id/dry-run', {
          params: { id: target },
          body: await current(),
        }),
      )
    })
  const publish = () =>
    run('publish', async () => {
      const target = await save()
      show(
        await call('POST /api/v1/admin/policies/:id/publish', { params: { id: target }, body: {} }),
      )
      setDry(null)
      void message.success('已发布，小程序立即生效')
    })
  const restore = (version: number) =>
    run('restore', async () => {
      if (id === null) return
      show(
        await call('POST /api/v1/admin/policies/:id/restore', {
          params: { id },
          body: { version },
        }),
      )
      void message.success(`已恢复第${version}版并发布`)
    })
  const withdraw = () =>
    run('withdraw', async () => {
      if (id === null) return
      show(
        await call('POST /api/v1/admin/policies/:id/withdraw', {
          params: { id },
          body: { reason },
        }),
      )
      setWithdrawing(false)
      setReason('')
      void message.success('已撤回，小程序不再展示该政策')
    })
  const discard = () =>
    run('discard', async () => {
      if (id === null) return
      show(
        await call('POST /api/v1/admin/policies/:id/discard-draft', { params: { id }, body: {} }),
      )
    })

  /** Only the button whose work runs spins; the others wait, disabled. */
  const busyProps = (action: Action) => ({
    loading: busy === action,
    disabled: busy !== null && busy !== action,
  })

  const status = editor ? STATUS[editor.status] : STATUS.draft
  return (
    <Space orientation='vertical' style={{ width: '100%' }} size='middle'>
      <Space wrap>
        <Button onClick={onBack}>返回政策列表</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {id === null ? '新建政策' : (editor?.published?.title ?? editor?.draft?.title ?? '')}
        </Typography.Title>
        <Tag color={status.color}>{status.text}</Tag>
        {editor && editor.version > 0 && <Tag>第{editor.version}版生效</Tag>}
        {editor?.draft && editor.published && <Tag color='gold'>有未发布的草稿</Tag>}
      </Space>
      <Problems text={problem} />
      <Card size='small' title='基本信息'>
        <Form form={form} layout='vertical' disabled={busy !== null}>
          <PolicyFields />
        </Form>
      </Card>
      <Card size='small' title='适用条件（企业需满足）'>
        {condition && <RuleBuilder value={condition} facts={facts} onChange={setCondition} />}
      </Card>
      <Space wrap>
        <Button onClick={() => void saveDraft()} {...busyProps('save')}>
          保存草稿
        </Button>
        <Button onClick={() => void dryRun()} {...busyProps('dry')}>
          试算（示例企业）
        </Button>
        <Popconfirm
          title='发布后立即对小程序生效，当前版本保留在历史中。确定发布？'
          okText='发布'
          cancelText='取消'
          onConfirm={() => publish()}
        >
          <Button type='primary' {...busyProps('publish')}>
            发布
          </Button>
        </Popconfirm>
        {editor?.draft && editor.published && (
          <Button onClick={() => void discard()}>放弃草稿</Button>
        )}
        {editor?.status === 'published' && (
          <Button danger onClick={() => setWithdrawing(true)}>
            撤回政策
          </Button>
        )}
      </Space>
      {dry && <DryRunPanel result={dry} />}
      {editor && editor.history.length > 0 && (
        <HistoryTable editor={editor} onRestore={(v) => void restore(v)} />
      )}
      <Modal
        open={withdrawing}
        title='撤回政策'
        okText='撤回'
        cancelText='取消'
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        onOk={() => void withdraw()}
        onCancel={() => setWithdrawing(false)}
      >
        <Typography.Paragraph>
          撤回后小程序立即不再展示该政策，可在历史版本中恢复。
        </Typography.Paragraph>
        <Input
          aria-label='撤回原因'
          placeholder='撤回原因，如：政策到期停止执行'
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Space>
  )
}
