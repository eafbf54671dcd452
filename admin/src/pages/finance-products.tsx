import { useCallback, useState } from 'react'
import { Alert, App, Button, Input, Modal, Space, Table, Tag, Typography } from 'antd'
import type { AdminLoanProduct } from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { useLoad } from '../use-load'
import { ProductForm } from './finance/product-form'

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN')

/** Asks why a product goes off (or back on) shelf; the reason goes into the audit log. */
function ShelfModal({
  product,
  onDone,
  onCancel,
}: {
  product: AdminLoanProduct
  onDone: () => void
  onCancel: () => void
}) {
  const [reason, setReason] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const off = product.onShelf
  const submit = async () => {
    try {
      const key = off
        ? 'POST /api/v1/admin/finance/products/:id/off-shelf'
        : 'POST /api/v1/admin/finance/products/:id/on-shelf'
      await call(key, { params: { id: product.product.id }, body: { reason } })
      onDone()
    } catch (error) {
      setFailure(messageOf(error))
    }
  }
  return (
    <Modal
      open
      title={`${off ? '下架' : '重新上架'}“${product.product.name}”`}
      okText={off ? '下架' : '上架'}
      cancelText='取消'
      okButtonProps={{ danger: off, disabled: reason.trim() === '' }}
      onOk={() => void submit()}
      onCancel={onCancel}
    >
      <Space orientation='vertical' style={{ width: '100%' }}>
        <Typography.Text>
          {off
            ? '下架后小程序立即不再展示该产品，也不能再申请；已提交的申请不受影响。'
            : '上架后小程序立即展示该产品。'}
        </Typography.Text>
        <Input
          aria-label='原因'
          placeholder='原因，如：银行暂停该产品'
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {failure && <Alert type='error' showIcon message={failure} />}
      </Space>
    </Modal>
  )
}

/** 银行产品: the 政银合作 loan products the mini program lists (示例 data until the banks send theirs). */
export function FinanceProductsPage() {
  const { message } = App.useApp()
  const load = useCallback(
    () => call('GET /api/v1/admin/finance/products', {}).then((r) => r.items),
    [],
  )
  const { value, failure, loading, reload } = useLoad(load)
  const [editing, setEditing] = useState<AdminLoanProduct | null>(null)
  const [shelving, setShelving] = useState<AdminLoanProduct | null>(null)
  const done = (text: string) => {
    setEditing(null)
    setShelving(null)
    void message.success(text)
    void reload()
  }
  return (
    <Space orientation='vertical' style={{ width: '100%' }} size='middle'>
      <Typography.Title level={2} style={{ margin: 0 }}>
        银行产品
      </Typography.Title>
      <Typography.Text type='secondary'>
        修改和下架立即对小程序“金融服务”生效；额度、利率、期限保存时校验。
      </Typography.Text>
      {failure && <Alert type='error' showIcon message={failure} />}
      <Table<AdminLoanProduct>
        rowKey={(p) => p.product.id}
        loading={loading}
        dataSource={value ?? []}
        pagination={false}
        columns={[
          {
            title: '产品',
            render: (_, p) => (
              <Space size={4} wrap>
                {p.product.name}
                {p.sample && <Tag color='blue'>示例</Tag>}
              </Space>
            ),
          },
          { title: '银行', render: (_, p) => p.product.bank },
          { title: '类型', render: (_, p) => p.product.kindName },
          {
            title: '额度（万元）',
            render: (_, p) => `${p.product.amountMin}–${p.product.amountMax}`,
          },
          { title: '利率', render: (_, p) => p.product.rateText },
          { title: '期限', render: (_, p) => p.product.termText },
          { title: '最低自评', render: (_, p) => `${p.product.minGrade}级` },
          {
            title: '状态',
            render: (_, p) => (p.onShelf ? <Tag color='green'>在架</Tag> : <Tag>已下架</Tag>),
          },
          {
            title: '后台修改',
            render: (_, p) => (p.editedAt === null ? '初始数据' : time(p.editedAt)),
          },
          {
            title: '操作',
            render: (_, p) => (
              <Space>
                <Button
                  size='small'
                  onClick={() => setEditing(p)}
                  aria-label={`编辑 ${p.product.name}`}
                >
                  编辑
                </Button>
                <Button size='small' danger={p.onShelf} onClick={() => setShelving(p)}>
                  {p.onShelf ? '下架' : '上架'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <ProductForm
          product={editing}
          onSaved={() => done('已保存，小程序立即生效')}
          onCancel={() => setEditing(null)}
        />
      )}
      {shelving && (
        <ShelfModal
          product={shelving}
          onDone={() => done(shelving.onShelf ? '已下架' : '已上架')}
          onCancel={() => setShelving(null)}
        />
      )}
    </Space>
  )
}
