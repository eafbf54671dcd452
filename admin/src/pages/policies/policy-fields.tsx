import { Col, Form, Input, Row, Select } from 'antd'
import { POLICY_LEVELS } from '../../../../src/services/contract'
import { MODE } from './labels'

/** The form's values: the policy without its condition; blank dates are "none". */
export interface PolicyFieldValues {
  title: string
  level: (typeof POLICY_LEVELS)[number]['value']
  department: string
  category: string
  mode: 'auto' | 'apply'
  amount: string
  deadline: string
  publishedOn: string
  validUntil: string
  summary: string
  basis: string
  materials: string[]
  contact: string
}

const required = (label: string) => [{ required: true, message: `请填写${label}` }]

/** 政策名称, 层级, 部门 … every field of a policy but its condition. */
export function PolicyFields() {
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name='title' label='政策名称' rules={required('政策名称')}>
          <Input maxLength={80} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name='level' label='层级'>
          <Select options={POLICY_LEVELS.map((l) => ({ value: l.value, label: l.label }))} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name='mode' label='兑现方式'>
          <Select options={Object.entries(MODE).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name='department' label='主管部门' rules={required('主管部门')}>
          <Input maxLength={80} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name='category' label='政策类别' rules={required('政策类别')}>
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name='amount' label='金额/标准' rules={required('金额/标准')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name='publishedOn' label='发布日期' rules={required('发布日期')}>
          <Input placeholder='YYYY-MM-DD' maxLength={10} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name='validUntil' label='有效期至（不设留空）'>
          <Input placeholder='YYYY-MM-DD' maxLength={10} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name='deadline' label='每年申报截止（月-日，不设留空）'>
          <Input placeholder='如 11-20' maxLength={5} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name='summary' label='政策概要' rules={required('政策概要')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name='basis' label='政策依据（文件名称）' rules={required('政策依据')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name='contact' label='咨询方式' rules={required('咨询方式')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name='materials' label='申报材料（输入后回车添加）'>
          <Select mode='tags' open={false} aria-label='申报材料' />
        </Form.Item>
      </Col>
    </Row>
  )
}
