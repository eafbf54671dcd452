import { useState } from 'react'
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd'
import type { AdminLoanProduct, LoanProductInput } from '../../../../src/services/contract'
import { call, messageOf } from '../../api'

const KINDS = [
  { value: 'guarantee', label: '担保贷' },
  { value: 'credit', label: '信用贷' },
  { value: 'mortgage', label: '抵押贷' },
]
const GRADES = ['A', 'B', 'C', 'D'].map((g) => ({ value: g, label: `${g}级及以上` }))
const required = (label: string) => [{ required: true, message: `请填写${label}` }]

/** Edits one product; the server checks amounts, rates and terms and says what to fix. */
export function ProductForm({
  product,
  onSaved,
  onCancel,
}: {
  product: AdminLoanProduct
  onSaved: () => void
  onCancel: () => void
}) {
  const [form] = Form.useForm<LoanProductInput>()
  const [failure, setFailure] = useState<string | null>(null)
  const { id, bank: _bank, ...initial } = product.product
  const save = async () => {
    setFailure(null)
    try {
      const body = await form.validateFields()
      await call('PUT /api/v1/admin/finance/products/:id', { params: { id }, body })
      onSaved()
    } catch (error) {
      if (error instanceof Error || typeof error !== 'object') setFailure(messageOf(error))
    }
  }
  return (
    <Modal
      open
      width={760}
      title={`编辑“${product.product.name}”（${product.product.bank}）`}
      okText='保存'
      cancelText='取消'
      onOk={() => void save()}
      onCancel={onCancel}
    >
      <Form form={form} layout='vertical' initialValues={initial}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name='name' label='产品名称' rules={required('产品名称')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name='kind' label='贷款类型'>
              <Select options={KINDS} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name='kindName' label='类型名称' rules={required('类型名称')}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name='amountMin' label='最低额度（万元）' rules={required('最低额度')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name='amountMax' label='最高额度（万元）' rules={required('最高额度')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name='minGrade' label='最低信用自评'>
              <Select options={GRADES} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name='rateText' label='利率说明' rules={required('利率说明')}>
              <Input maxLength={60} placeholder='如：年化约3.3%–4.5%' />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name='termText' label='期限说明' rules={required('期限说明')}>
              <Input maxLength={40} placeholder='如：最长3年' />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name='conditions' label='申请条件（输入后回车添加）'>
              <Select mode='tags' open={false} aria-label='申请条件' />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name='materials' label='所需材料（输入后回车添加）'>
              <Select mode='tags' open={false} aria-label='所需材料' />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {failure && <Alert type='error' showIcon role='alert' message={failure} />}
    </Modal>
  )
}
