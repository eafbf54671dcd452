import { useEffect, useState, type ReactNode } from 'react'
import { Alert, Form, Modal, type FormInstance } from 'antd'
import { messageOf } from './api'

interface Props<T> {
  title: string
  /** The values the form opens with; null: closed. */
  initial: T | null
  onSave: (values: T) => Promise<void>
  onClose: () => void
  children: (form: FormInstance<T>) => ReactNode
}

/** A form in a dialog that shows the server's own message when a save is refused. */
export function EditModal<T extends object>({
  title,
  initial,
  onSave,
  onClose,
  children,
}: Props<T>) {
  const [form] = Form.useForm<T>()
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    setFailure(null)
    if (initial) form.setFieldsValue(initial as Parameters<typeof form.setFieldsValue>[0])
  }, [initial, form])
  const save = async (values: T) => {
    setSaving(true)
    setFailure(null)
    try {
      await onSave(values)
      onClose()
    } catch (error) {
      setFailure(messageOf(error))
    } finally {
      setSaving(false)
    }
  }
  return (
    <Modal
      title={title}
      open={initial !== null}
      okText='保存修改'
      cancelText='取消'
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<T> form={form} layout='vertical' onFinish={(v) => void save(v)} preserve={false}>
        {children(form)}
      </Form>
      {failure && <Alert type='error' role='alert' message={failure} showIcon />}
    </Modal>
  )
}
