import './charts.css'
import { ViewLink } from '../../components/view-link'
import type { Dataset, Technique } from '../../domain/dataset/schema'
import type { ChartId, ChartState, ViewState } from '../../domain/view/view-state'
import type { NavigateMode } from '../../lib/url-view'
import { EvidencePanel } from './evidence-panel'
import { GapsPanel } from './gaps-panel'
import type { ChartPanelProps } from './panel-props'
import { PracticePanel } from './practice-panel'
import { ShiftPanel } from './shift-panel'
import { TimelinePanel } from './timeline-panel'

type Props = {
  dataset: Dataset
  view: ViewState
  /** The techniques left by the explorer's current filters. */
  techniques: Technique[]
  summary: string
  onNavigate: (view: ViewState, mode?: NavigateMode) => void
}

const CHARTS: { id: ChartId; label: string; Panel: (props: ChartPanelProps) => React.ReactNode }[] =
  [
    { id: 'shift', label: 'Is practice shifting?', Panel: ShiftPanel },
    { id: 'timeline', label: 'Technique timeline', Panel: TimelinePanel },
    { id: 'evidence', label: 'Evidence over time', Panel: EvidencePanel },
    { id: 'practice', label: 'Practice patterns', Panel: PracticePanel },
    { id: 'gaps', label: 'Evidence gap map', Panel: GapsPanel },
  ]

export default function ChartsView({ dataset, view, techniques, summary, onNavigate }: Props) {
  const charts = view.charts
  const setCharts = (patch: Partial<ChartState>) =>
    onNavigate({ ...view, charts: { ...charts, ...patch } })
  const Panel = (CHARTS.find((c) => c.id === charts.chart) ?? CHARTS[0])?.Panel ?? ShiftPanel
  return (
    <section className="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Charts</h2>
      <p className="count-line" role="status">
        Charts follow the explorer’s filters: {summary}.{' '}
        <ViewLink to={{ ...view, tab: 'techniques' }}>Change filters</ViewLink>
      </p>
      <nav className="tabs chart-tabs" aria-label="Charts">
        {CHARTS.map((chart) => (
          <ViewLink
            key={chart.id}
            to={{ ...view, charts: { ...charts, chart: chart.id } }}
            className={chart.id === charts.chart ? 'tab tab-current' : 'tab'}
            aria-current={chart.id === charts.chart ? 'page' : undefined}
          >
            {chart.label}
          </ViewLink>
        ))}
      </nav>
      {techniques.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>No techniques match the current filters, so there is nothing to plot.</strong>
          </p>
          <ViewLink to={{ ...view, tab: 'techniques' }} className="button button-primary">
            Change filters
          </ViewLink>
        </div>
      ) : (
        <Panel
          view={view}
          dataset={dataset}
          charts={charts}
          techniques={techniques}
          setCharts={setCharts}
          toggleTable={(asTable) => setCharts({ asTable })}
        />
      )}
    </section>
  )
}
