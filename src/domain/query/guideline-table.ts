import type { Dataset, Guideline } from '../dataset/schema'
import { AREA_ORDER, orderedOptions, VERIFICATION_LABELS } from './labels'
import { normaliseText } from './normalise'
import type { TableSpec } from './table-spec'

/** A guideline with what its table needs: the techniques and areas its recommendations concern. */
export type GuidelineRow = {
  guideline: Guideline
  techniqueIds: string[]
  techniqueNames: string[]
  areaIds: string[]
  areaNames: string[]
  /** Strengths as each guideline states them (no common scale exists across issuers). */
  strengths: string[]
  searchText: string
}

export function guidelineRows(dataset: Dataset): GuidelineRow[] {
  // Only the techniques the recommendations name: a file may hold 100,000 of them.
  const named = new Set(
    dataset.guidelines.flatMap((g) => g.recommendations.flatMap((r) => r.techniqueIds)),
  )
  const technique = new Map(
    dataset.techniques.filter((t) => named.has(t.id)).map((t) => [t.id, t] as const),
  )
  const areaName = new Map(dataset.areas.map((a) => [a.id, a.name]))
  return dataset.guidelines.map((guideline) => {
    const techniqueIds = [...new Set(guideline.recommendations.flatMap((r) => r.techniqueIds))]
    const areaIds = AREA_ORDER.filter((area) =>
      techniqueIds.some((id) => technique.get(id)?.areaId === area),
    )
    return {
      guideline,
      techniqueIds,
      techniqueNames: techniqueIds.map((id) => technique.get(id)?.name ?? id),
      areaIds,
      areaNames: areaIds.map((id) => areaName.get(id) ?? id),
      strengths: [
        ...new Set(
          guideline.recommendations.map((r) => r.strength).filter((s): s is string => s !== null),
        ),
      ],
      searchText: normaliseText(
        [
          guideline.title,
          guideline.issuer,
          guideline.scope,
          String(guideline.year),
          ...guideline.recommendations.map((r) => r.statement),
        ].join(' \u0000 '),
      ),
    }
  })
}

export function guidelineTableSpec(dataset: Dataset): TableSpec<GuidelineRow> {
  const areaLabels = Object.fromEntries(
    AREA_ORDER.map((id) => [id, dataset.areas.find((a) => a.id === id)?.name ?? id]),
  )
  const sortedLabels = (values: string[]) =>
    [...new Set(values)]
      .sort((a, b) => a.localeCompare(b))
      .map((value) => ({ value, label: value }))
  return {
    id: 'guidelines',
    noun: ['guideline', 'guidelines'],
    rowId: (row) => row.guideline.id,
    searchText: (row) => row.searchText,
    facets: [
      {
        id: 'issuer',
        label: 'Issuer',
        values: (row) => [row.guideline.issuer],
        options: (rows) => sortedLabels(rows.map((r) => r.guideline.issuer)),
      },
      {
        id: 'area',
        label: 'Therapy area',
        values: (row) => row.areaIds,
        options: (rows) =>
          orderedOptions(
            areaLabels,
            rows.flatMap((r) => r.areaIds),
          ),
      },
      {
        id: 'technique',
        label: 'Technique',
        values: (row) => row.techniqueIds,
        // From the rows' own names: a 100,000-technique file must not be scanned for a few guidelines.
        options: (rows) => {
          const names = new Map<string, string>()
          for (const row of rows)
            for (const [i, id] of row.techniqueIds.entries())
              names.set(id, row.techniqueNames[i] ?? id)
          return [...names]
            .map(([value, label]) => ({ value, label }))
            .sort((a, b) => a.label.localeCompare(b.label))
        },
      },
      {
        id: 'verification',
        label: 'Verification',
        values: (row) => [row.guideline.verification],
        options: (rows) =>
          orderedOptions(
            VERIFICATION_LABELS,
            rows.map((r) => r.guideline.verification),
          ),
      },
    ],
    ranges: [{ id: 'year', label: 'Year', kind: 'year', value: (row) => row.guideline.year }],
    columns: [
      {
        id: 'guideline',
        header: 'Guideline',
        kind: 'text',
        value: (r) => r.guideline.title,
        defaultVisible: true,
        required: true,
      },
      {
        id: 'issuer',
        header: 'Issuer',
        kind: 'text',
        value: (r) => r.guideline.issuer,
        defaultVisible: true,
      },
      {
        id: 'year',
        header: 'Year',
        kind: 'number',
        value: (r) => r.guideline.year,
        defaultVisible: true,
      },
      {
        id: 'recommendations',
        header: 'Recommendations',
        kind: 'number',
        value: (r) => r.guideline.recommendations.length,
        defaultVisible: true,
      },
      {
        id: 'techniques',
        header: 'Techniques',
        kind: 'list',
        value: (r) => r.techniqueNames,
        defaultVisible: true,
      },
      {
        id: 'areas',
        header: 'Therapy areas',
        kind: 'list',
        value: (r) => r.areaNames,
        defaultVisible: false,
      },
      {
        id: 'strengths',
        header: 'Strengths as stated',
        kind: 'list',
        value: (r) => r.strengths,
        defaultVisible: false,
      },
      {
        id: 'verification',
        header: 'Verification',
        kind: 'text',
        value: (r) => VERIFICATION_LABELS[r.guideline.verification] ?? r.guideline.verification,
        defaultVisible: true,
      },
      {
        id: 'verificationSource',
        header: 'Verification source',
        kind: 'text',
        value: (r) => r.guideline.verificationSource ?? null,
        defaultVisible: false,
      },
      {
        id: 'url',
        header: 'Link',
        kind: 'text',
        value: (r) => r.guideline.url,
        defaultVisible: false,
      },
      {
        id: 'doi',
        header: 'DOI',
        kind: 'text',
        value: (r) => r.guideline.doi,
        defaultVisible: false,
      },
      {
        id: 'pmid',
        header: 'PMID',
        kind: 'text',
        value: (r) => r.guideline.pmid,
        defaultVisible: false,
      },
    ],
    defaultSort: [{ id: 'year', desc: true }],
  }
}
