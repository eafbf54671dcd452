import { useState } from 'react'
import { App, Button } from 'antd'
import type { SupervisionRange, SupervisionTable } from '../../../../src/services/contract'
import { call, messageOf } from '../../api'

/** Downloads one table as the server writes it (UTF-8 with BOM: Excel opens it as is). */
export function ExportButton({
  table,
  range,
}: {
  table: SupervisionTable
  range: SupervisionRange
}) {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const download = async () => {
    setBusy(true)
    try {
      const file = await call('GET /api/v1/admin/supervision/export', {
        query: { ...range, table },
      })
      const url = URL.createObjectURL(new Blob([file.csv], { type: 'text/csv;charset=utf-8' }))
      const link = document.createElement('a')
      link.href = url
      link.download = file.filename
      link.click()
      URL.revokeObjectURL(url)
    } catch (error) {
      void message.error(messageOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size='small' loading={busy} onClick={() => void download()}>
      导出CSV
    </Button>
  )
}
