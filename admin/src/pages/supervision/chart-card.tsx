import type { ReactNode } from 'react'
import { Card, Col, Row, Table } from 'antd'
import type { TableColumnsType } from 'antd'
import type { SupervisionRange, SupervisionTable } from '../../../../src/services/contract'
import { Chart, type ChartOption } from './chart'
import { ExportButton } from './export-button'

interface Props<T> {
  title: string
  table: SupervisionTable
  range: SupervisionRange
  option: ChartOption
  columns: TableColumnsType<T>
  rows: T[]
  rowKey: (row: T) => string
  /** Figures shown above the chart. */
  summary?: ReactNode
  note?: ReactNode
  /** Wide tables (the heatmap's): the chart above, the table below it. */
  stacked?: boolean
}

/** Every chart with its table beside it and the same table as CSV. */
export function ChartCard<T extends object>(props: Props<T>) {
  return (
    <Card
      title={<h3 style={{ margin: 0, fontSize: 16 }}>{props.title}</h3>}
      extra={<ExportButton table={props.table} range={props.range} />}
      style={{ marginBottom: 16 }}
    >
      {props.summary}
      <Row gutter={16}>
        <Col span={props.stacked ? 24 : 13}>
          <Chart
            label={`${props.title}（数据见${props.stacked ? '下方' : '右侧'}表格）`}
            option={props.option}
          />
        </Col>
        <Col span={props.stacked ? 24 : 11}>
          <Table<T>
            size='small'
            rowKey={props.rowKey}
            columns={props.columns}
            dataSource={props.rows}
            scroll={props.stacked ? { x: 'max-content' } : undefined}
            pagination={props.rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            aria-label={`${props.title}数据表`}
          />
        </Col>
      </Row>
      {props.note}
    </Card>
  )
}
