import { useMemo, useState } from 'react'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { areaPointsTable, gapTable, seriesTable } from '../../domain/charts/chart-tables'
import {
  evidenceOverTime,
  gapMap,
  milestonesBetween,
  plotSeries,
  techniqueTimeline,
  unitGroups,
} from '../../domain/charts/series'
import type { Dataset, Series, Technique } from '../../domain/dataset/schema'
import type { ChartId, ChartState, ViewState } from '../../domain/view/view-state'
import type { NavigateMode } from '../../lib/url-view'
import { EvidenceChart, TimelineChart } from './area-charts'
import { ChartFigure } from './chart-figure'
import { GapMapChart } from './gap-map'
import { MilestoneList } from './milestone-list'
import { PracticeChart } from './practice-chart'

type Props = {
  dataset: Dataset
  view: ViewState
  /** The techniques left by the explorer's current filters. */
  techniques: Technique[]
  summary: string
  onNavigate: (view: ViewState, mode?: NavigateMode) => void
}

const CHARTS: { id: ChartId; label: string }[] = [
  { id: 'timeline', label: 'Technique timeline' },
  { id: 'evidence', label: 'Evidence over time' },
  { id: 'practice', label: 'Practice patterns' },
  { id: 'gaps', label: 'Evidence gap map' },
]

export default function ChartsView({ dataset, view, techniques, summary, onNavigate }: Props) {
  const charts = view.charts
  const setCharts = (patch: Partial<ChartState>) =>
    onNavigate({ ...view, charts: { ...charts, ...patch } })
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
        <ChartPanel
          view={view}
          dataset={dataset}
          charts={charts}
          techniques={techniques}
          setCharts={setCharts}
        />
      )}
    </section>
  )
}

type PanelProps = {
  view: ViewState
  dataset: Dataset
  charts: ChartState
  techniques: Technique[]
  setCharts: (patch: Partial<ChartState>) => void
}

function ModeSwitch({
  charts,
  setCharts,
  noun,
}: Pick<PanelProps, 'charts' | 'setCharts'> & { noun: string }) {
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Scale</legend>
      {(['absolute', 'share'] as const).map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name="mode"
            checked={charts.mode === mode}
            onChange={() => setCharts({ mode })}
          />
          {mode === 'absolute' ? `Number of ${noun}` : 'Share of total (%)'}
        </label>
      ))}
    </fieldset>
  )
}

function ChartPanel({ view, dataset, charts, techniques, setCharts }: PanelProps) {
  const toggleTable = (asTable: boolean) => setCharts({ asTable })
  if (charts.chart === 'timeline')
    return <Timeline {...{ view, dataset, charts, techniques, setCharts, toggleTable }} />
  if (charts.chart === 'evidence')
    return <Evidence {...{ view, dataset, charts, techniques, setCharts, toggleTable }} />
  if (charts.chart === 'practice')
    return <Practice {...{ view, dataset, charts, techniques, setCharts, toggleTable }} />
  return <Gaps {...{ view, dataset, charts, techniques, setCharts, toggleTable }} />
}

type ChartProps = PanelProps & { toggleTable: (asTable: boolean) => void }

function Timeline({ dataset, charts, techniques, setCharts, toggleTable }: ChartProps) {
  const points = useMemo(
    () => techniqueTimeline(techniques, charts.mode),
    [techniques, charts.mode],
  )
  const first = points[0]?.year ?? 0
  const last = points.at(-1)?.year ?? 0
  const milestones = milestonesBetween(dataset.milestones, first, last)
  const recent = techniques.filter((t) => t.firstReported.year >= 2000)
  const recentShift = recent.filter((t) => t.areaId === 'radiation' || t.areaId === 'mit').length
  const unverified = techniques.filter((t) => t.firstReported.verification === 'unverified').length
  return (
    <>
      <ChartFigure
        id="timeline"
        title="Techniques by year first reported, cumulative by therapy area"
        caption={`${techniques.length} techniques in view, first reported between ${first} and ${last}. ${recent.length} were first reported in 2000 or later; ${recentShift} of those are radiation or minimally invasive therapies.`}
        source={`Source: each technique’s year of first report in this dataset (see the technique pages for the references; ${unverified} of ${techniques.length} years are not yet verified at a primary source). Steps change only in years with a first report.`}
        table={areaPointsTable(points, dataset, 'Year', charts.mode)}
        asTable={charts.asTable}
        onToggleTable={toggleTable}
        fileStem={`timeline-${charts.mode}`}
        controls={<ModeSwitch charts={charts} setCharts={setCharts} noun="techniques" />}
      >
        <TimelineChart
          points={points}
          dataset={dataset}
          mode={charts.mode}
          title="Technique timeline"
          milestones={milestones}
        />
      </ChartFigure>
      <MilestoneList milestones={milestones} dataset={dataset} />
    </>
  )
}

function Evidence({ dataset, charts, techniques, setCharts, toggleTable }: ChartProps) {
  const points = useMemo(
    () => evidenceOverTime(dataset.studies, techniques, charts.bin, charts.mode),
    [dataset.studies, techniques, charts.bin, charts.mode],
  )
  const ids = new Set(techniques.map((t) => t.id))
  const studies = dataset.studies.filter((s) => s.techniqueIds.some((id) => ids.has(id)))
  const since2010 = studies.filter((s) => s.year >= 2010).length
  return (
    <ChartFigure
      id="evidence"
      title="Studies in this dataset by publication period and therapy area"
      caption={`${studies.length} studies in this dataset inform the techniques in view; ${since2010} were published in 2010 or later. This counts the studies curated here, not all research published on spinal metastases.`}
      source="Source: publication years of the studies in this dataset. A study that informs techniques in two areas is counted in both, so stacks can exceed the number of studies."
      table={areaPointsTable(points, dataset, 'Period', charts.mode)}
      asTable={charts.asTable}
      onToggleTable={toggleTable}
      fileStem={`evidence-${charts.bin}y-${charts.mode}`}
      controls={
        <>
          <ModeSwitch charts={charts} setCharts={setCharts} noun="studies" />
          <label className="inline-select">
            Period
            <select
              value={charts.bin}
              onChange={(e) => setCharts({ bin: Number(e.target.value) as 1 | 5 | 10 })}
            >
              <option value={1}>Year</option>
              <option value={5}>5 years</option>
              <option value={10}>10 years</option>
            </select>
          </label>
        </>
      }
    >
      <EvidenceChart
        points={points}
        dataset={dataset}
        mode={charts.mode}
        title="Evidence over time"
      />
    </ChartFigure>
  )
}

const DEFAULT_TAGS = new Set(['toward-sbrt', 'shorter-courses', 'long-course-decline'])

function Practice({ dataset, charts, techniques, setCharts, toggleTable }: ChartProps) {
  const ids = new Set(techniques.map((t) => t.id))
  const studyById = new Map(dataset.studies.map((s) => [s.id, s]))
  const available = dataset.series.filter((s) =>
    (studyById.get(s.studyId)?.techniqueIds ?? []).some((id) => ids.has(id)),
  )
  const defaultIds = available
    .filter((s) => s.unit === '%' && s.tags.some((t) => DEFAULT_TAGS.has(t)))
    .map((s) => s.id)
  const selectedIds = charts.series.length > 0 ? charts.series : defaultIds
  const selected = available.filter((s) => selectedIds.includes(s.id))
  const groups = [...unitGroups(selected).entries()]
  const toggle = (id: string, on: boolean) =>
    setCharts({ series: on ? [...selectedIds, id] : selectedIds.filter((s) => s !== id) })

  let offset = 0
  return (
    <div className="practice">
      <fieldset className="series-picker">
        <legend>Series ({available.length} for the techniques in view)</legend>
        {[...unitGroups(available).entries()].map(([unit, list]) => (
          <div key={unit} className="series-group">
            <p className="note">Unit: {unit}</p>
            {list.map((s) => (
              <label key={s.id}>
                <input
                  type="checkbox"
                  checked={selectedIds.includes(s.id)}
                  onChange={(e) => toggle(s.id, e.target.checked)}
                />
                {s.title} <span className="muted">({s.geography})</span>
                {s.verification !== 'primary' ? (
                  <VerificationBadge status={s.verification} source={s.verificationSource} />
                ) : null}
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      {groups.length === 0 ? (
        <p className="empty-state">Tick at least one series to plot it.</p>
      ) : (
        groups.map(([unit, list]) => {
          const plotted = list.map(plotSeries)
          const xs = plotted.flatMap((p) => p.points.map((pt) => pt.x))
          const milestones = milestonesBetween(
            dataset.milestones.filter(
              (m) => m.areaId === null || list.some((s) => s.areaId === m.areaId),
            ),
            Math.floor(Math.min(...xs)),
            Math.ceil(Math.max(...xs)),
          )
          const colourOffset = offset
          offset += list.length
          return (
            <div key={unit}>
              <ChartFigure
                id={`practice-${slugUnit(unit)}`}
                title={`Practice patterns reported in ${unit}`}
                caption={<PracticeCaption series={list} />}
                source={<SeriesSources series={list} dataset={dataset} />}
                table={seriesTable(plotted, dataset)}
                asTable={charts.asTable}
                onToggleTable={toggleTable}
                fileStem={`practice-${slugUnit(unit)}`}
              >
                <PracticeChart
                  plotted={plotted}
                  unit={unit}
                  title={`Practice patterns (${unit})`}
                  milestones={milestones}
                  colourOffset={colourOffset}
                />
              </ChartFigure>
              <MilestoneList milestones={milestones} dataset={dataset} />
            </div>
          )
        })
      )}
    </div>
  )
}

function slugUnit(unit: string): string {
  return unit
    .replace(/%/g, 'percent')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase()
}

function PracticeCaption({ series }: { series: Series[] }) {
  const when = (p: Series['points'][number]) =>
    p.endYear ? `${p.year}–${p.endYear}` : String(p.year)
  const rose = series.filter(
    (s) => (s.points.at(-1)?.value ?? 0) > (s.points[0]?.value ?? 0),
  ).length
  const fell = series.filter(
    (s) => (s.points.at(-1)?.value ?? 0) < (s.points[0]?.value ?? 0),
  ).length
  return (
    <>
      Between their first and last reported points, {rose} of {series.length} series rose and {fell}{' '}
      fell. Only reported points are drawn; a line joins points only where a source reports every
      year.
      <ul className="series-changes">
        {series.map((s) => {
          const first = s.points[0]
          const last = s.points.at(-1)
          if (!first || !last) return null
          const value = (p: typeof first) => `${p.qualifier ?? ''}${p.value}`
          return (
            <li key={s.id}>
              {s.title}:{' '}
              {first === last
                ? `${value(first)} ${s.unit} (${when(first)})`
                : `${value(first)} → ${value(last)} ${s.unit} (${when(first)} → ${when(last)})`}
            </li>
          )
        })}
      </ul>
    </>
  )
}

function SeriesSources({ series, dataset }: { series: Series[]; dataset: Dataset }) {
  const studies = new Map(dataset.studies.map((s) => [s.id, s]))
  return (
    <>
      Sources:
      <ul className="series-sources">
        {series.map((s) => {
          const study = studies.get(s.studyId)
          return (
            <li key={s.id}>
              {s.title} — {s.geography}
              {s.database ? `, ${s.database}` : ''};{' '}
              {study ? `${study.firstAuthor} ${study.year}, ${study.journal}` : s.studyId}
              {s.note ? `. ${s.note}` : ''}
              {s.unitOfAnalysis ? ` (counted in ${s.unitOfAnalysis})` : ''}{' '}
              <VerificationBadge status={s.verification} source={s.verificationSource} />
            </li>
          )
        })}
      </ul>
    </>
  )
}

function Gaps({ view, dataset, charts, techniques, toggleTable }: ChartProps) {
  const map = useMemo(() => gapMap(techniques, dataset), [techniques, dataset])
  const [selected, setSelected] = useState<{ techniqueId: string; measureId: string } | null>(null)
  const gaps = map.cells.flat().filter((c) => c.studyIds.length === 0).length
  const cell = selected
    ? map.cells
        .flat()
        .find((c) => c.techniqueId === selected.techniqueId && c.measureId === selected.measureId)
    : undefined
  const studyById = new Map(dataset.studies.map((s) => [s.id, s]))
  const technique = techniques.find((t) => t.id === cell?.techniqueId)
  const measure = dataset.outcomeMeasures.find((m) => m.id === cell?.measureId)
  return (
    <>
      <ChartFigure
        id="gaps"
        title="Evidence gap map: techniques × outcome measures"
        caption={`${map.omitted > 0 ? `Showing the ${map.techniques.length} techniques with the most outcomes (${map.omitted} more match the filters). ` : ''}${map.techniques.length} techniques × ${map.measures.length} outcome measures: ${gaps} of ${map.techniques.length * map.measures.length} combinations have no study in this dataset (marked with a dashed square). Select a cell to list its studies.`}
        source="Source: the outcomes recorded for each technique in this dataset; a circle’s area grows with the number of distinct studies. An empty cell means no study here, not that none exists."
        table={gapTable(map)}
        asTable={charts.asTable}
        onToggleTable={toggleTable}
        fileStem="gap-map"
      >
        <GapMapChart map={map} selected={selected} onSelect={setSelected} />
      </ChartFigure>
      <section className="gap-detail" aria-live="polite" aria-labelledby="gap-detail-title">
        {cell && technique && measure ? (
          <>
            <h3 id="gap-detail-title">
              {technique.name} × {measure.name}: {cell.studyIds.length}{' '}
              {cell.studyIds.length === 1 ? 'study' : 'studies'}
            </h3>
            {cell.studyIds.length === 0 ? (
              <p>No study in this dataset reports this outcome for this technique.</p>
            ) : (
              <ul className="study-list">
                {cell.studyIds.map((id) => {
                  const study = studyById.get(id)
                  return (
                    <li key={id}>
                      {study ? (
                        <ViewLink to={{ ...view, record: { kind: 'study', id } }}>
                          {study.firstAuthor} {study.year}
                        </ViewLink>
                      ) : (
                        id
                      )}{' '}
                      {study ? `— ${study.title}` : null}{' '}
                      {study ? (
                        <VerificationBadge
                          status={study.verification}
                          source={study.verificationSource}
                        />
                      ) : null}
                    </li>
                  )
                })}
              </ul>
            )}
          </>
        ) : (
          <h3 id="gap-detail-title" className="muted">
            Select a cell of the map to list its studies.
          </h3>
        )}
      </section>
    </>
  )
}
