import type { Dataset, Technique } from '../../domain/dataset/schema'
import type { ChartState, ViewState } from '../../domain/view/view-state'

/** What every chart panel gets from the charts view. */
export type ChartPanelProps = {
  view: ViewState
  dataset: Dataset
  charts: ChartState
  /** The techniques left by the explorer's current filters. */
  techniques: Technique[]
  setCharts: (patch: Partial<ChartState>) => void
  toggleTable: (asTable: boolean) => void
}
