import * as echarts from 'echarts/core'
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts'
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import ReactEChartsCore from 'echarts-for-react/lib/core'
import type { EChartsCoreOption } from 'echarts/core'

// Only what the dashboard draws is bundled (tree-shaken `echarts/core`).
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  HeatmapChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
])

export type ChartOption = EChartsCoreOption

/**
 * A chart, named for screen readers by `label`, which says where its table is: ECharts' aria
 * component makes the chart's own box the image (role="img") and would otherwise name it with a
 * generated list of the first ten points without their series.
 */
export function Chart({
  label,
  option,
  height = 300,
}: {
  label: string
  option: ChartOption
  height?: number
}) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={{ aria: { enabled: true, label: { description: label } }, ...option }}
      style={{ height }}
      notMerge
    />
  )
}

/** 0.853 → "85.3%"; null → "—". */
export const percentText = (value: number | null) =>
  value === null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`

export const PALETTE = ['#0b57d0', '#2e7d32', '#f9a825', '#ef6c00', '#c62828', '#6a1b9a']
