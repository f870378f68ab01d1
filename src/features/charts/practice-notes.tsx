import { VerificationBadge } from '../../components/verification-badge'
import { seriesChanges } from '../../domain/charts/chart-facts'
import { journalText, studyShort } from '../../domain/dataset/outcome-text'
import type { Dataset, Series } from '../../domain/dataset/schema'

const when = (p: Series['points'][number]) =>
  p.endYear ? `${p.year}–${p.endYear}` : String(p.year)
const value = (p: Series['points'][number]) => `${p.qualifier ?? ''}${p.value}`

export function PracticeCaption({ series }: { series: Series[] }) {
  const changes = seriesChanges(series)
  const rose = changes.filter((c) => c.direction === 'rose').length
  const fell = changes.filter((c) => c.direction === 'fell').length
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

export function SeriesSources({ series, dataset }: { series: Series[]; dataset: Dataset }) {
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
              {study ? `${studyShort(study)}, ${journalText(study)}` : s.studyId}
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
