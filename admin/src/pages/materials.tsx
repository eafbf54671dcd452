import { useCallback, useState } from 'react'
import {
  Alert,
  App,
  Button,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import {
  MaterialForm,
  type ConsoleMaterial,
  type MaterialEdit,
} from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { useLoad } from '../use-load'

const NEW_MATERIAL: MaterialEdit = {
  name: '',
  form: '原件',
  copies: 1,
  ecert: false,
  sample: null,
  note: null,
}

const orNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null)

function MaterialEditor({
  material,
  onSaved,
}: {
  /** null = 新增材料 */
  material: ConsoleMaterial | null
  onSaved: (saved: ConsoleMaterial) => void
}) {
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const save = async (values: MaterialEdit) => {
    setFailure(null)
    setSaving(true)
    const body = { ...values, sample: orNull(values.sample), note: orNull(values.note) }
    try {
      onSaved(
        material
          ? await call('POST /api/v1/admin/catalog/materials/:id', {
              params: { id: material.id },
              body,
            })
          : await call('POST /api/v1/admin/catalog/materials', { body }),
      )
    } catch (error) {
      setFailure(messageOf(error))
    } finally {
      setSaving(false)
    }
  }
  return (
    <Form<MaterialEdit>
      layout='vertical'
      initialValues={material ?? NEW_MATERIAL}
      onFinish={(v) => void save(v)}
      aria-label='材料信息'
    >
      <Form.Item
        name='name'
        label='材料名称（实施清单“材料”列用这个名称）'
        rules={[{ required: true, whitespace: true, message: '请填写材料名称' }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Space size='middle' align='start'>
        <Form.Item name='form' label='材料形式' rules={[{ required: true }]}>
          <Select
            style={{ width: 180 }}
            options={MaterialForm.options.map((f) => ({ value: f, label: f }))}
          />
        </Form.Item>
        <Form.Item name='copies' label='份数' rules={[{ required: true, message: '请填写份数' }]}>
          <InputNumber min={1} max={20} precision={0} style={{ width: 100 }} />
        </Form.Item>
      </Space>
      <Form.Item name='ecert' label='电子证照可免交'>
        <Radio.Group
          options={[
            { value: true, label: '是（可用电子证照代替）' },
            { value: false, label: '否' },
          ]}
        />
      </Form.Item>
      <Form.Item name='sample' label='填写要求（可空）'>
        <Input.TextArea maxLength={200} rows={2} />
      </Form.Item>
      <Form.Item name='note' label='备注（可空）'>
        <Input.TextArea maxLength={200} rows={2} />
      </Form.Item>
      {failure && <Alert type='error' message={failure} showIcon style={{ marginBottom: 12 }} />}
      <Button type='primary' htmlType='submit' loading={saving}>
        {material ? '保存材料' : '新增材料'}
      </Button>
    </Form>
  )
}

/** 材料库: the materials 实施清单 rows and guides name; a new one is usable in an import at once. */
export function MaterialsPage() {
  const { message } = App.useApp()
  const [q, setQ] = useState('')
  const load = useCallback(
    () =>
      call('GET /api/v1/admin/catalog/materials', { query: q ? { q } : {} }).then((l) => l.items),
    [q],
  )
  const { value, loading, failure, reload } = useLoad(load)
  const [editing, setEditing] = useState<ConsoleMaterial | 'new' | null>(null)
  return (
    <>
      <Typography.Title level={2}>材料库</Typography.Title>
      <Typography.Paragraph type='secondary'>
        实施清单和办事指南按名称引用这里的材料。新增后即可在导入中使用；修改后引用它的办事指南立即更新，种子数据不再覆盖事项目录。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder='按材料名称搜索'
          aria-label='按材料名称搜索'
          allowClear
          maxLength={50}
          onSearch={(text) => setQ(text.trim())}
          style={{ width: 280 }}
        />
        <Button type='primary' onClick={() => setEditing('new')}>
          新增材料
        </Button>
      </Space>
      {failure && <Typography.Text type='danger'>{failure}</Typography.Text>}
      <Table<ConsoleMaterial>
        rowKey='id'
        loading={loading}
        dataSource={value ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        size='middle'
        columns={[
          { title: '材料名称', dataIndex: 'name' },
          { title: '形式', dataIndex: 'form', width: 120 },
          { title: '份数', dataIndex: 'copies', width: 70 },
          {
            title: '电子证照',
            width: 100,
            render: (_, m) => (m.ecert ? <Tag color='green'>可免交</Tag> : <Tag>需提交</Tag>),
          },
          { title: '引用事项', dataIndex: 'itemCount', width: 90 },
          {
            title: '操作',
            width: 80,
            render: (_, m) => (
              <Button size='small' onClick={() => setEditing(m)} aria-label={`编辑 ${m.name}`}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        width={560}
        open={editing !== null}
        title={editing === 'new' ? '新增材料' : editing ? `编辑：${editing.name}` : ''}
        onClose={() => setEditing(null)}
        destroyOnHidden
      >
        {editing !== null && (
          <MaterialEditor
            material={editing === 'new' ? null : editing}
            onSaved={(saved) => {
              void message.success(`${saved.name}：已保存，导入实施清单时可直接引用`)
              setEditing(null)
              void reload()
            }}
          />
        )}
      </Drawer>
    </>
  )
}
