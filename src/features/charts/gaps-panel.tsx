import { useMemo, useState } from 'react'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { gapTable } from '../../domain/charts/chart-tables'
import { gapMap, MAX_GAP_TECHNIQUES } from '../../domain/charts/series'
import { studyShort } from '../../domain/dataset/outcome-text'
import { ChartFigure } from './chart-figure'
import { GapMapChart } from './gap-map'
import type { ChartPanelProps } from './panel-props'

export function GapsPanel({ view, dataset, charts, techniques, toggleTable }: ChartPanelProps) {
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
        method={
          <>
            <p>
              <strong>Counted:</strong> for each technique in view and each outcome measure, the
              distinct studies that report that outcome for that technique in this dataset.
            </p>
            <p>
              <strong>Left out:</strong> the direction and size of the results (see the technique
              pages) and, beyond {MAX_GAP_TECHNIQUES} techniques, those with the fewest outcomes, so
              the map stays readable; the caption says how many.
            </p>
          </>
        }
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
                          {studyShort(study)}
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
