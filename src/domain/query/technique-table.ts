import { bestDirectLevel, relationsOf } from '../dataset/relations'
import type { Dataset, Technique } from '../dataset/schema'
import { AREA_ORDER, INVASIVENESS_LABELS, levelLabel, NOMS_LABELS, orderedOptions } from './labels'
import { normaliseText } from './normalise'
import type { TableSpec } from './table-spec'

/** A technique with what the table needs precomputed once per dataset. */
export type TechniqueRow = {
  technique: Technique
  areaName: string
  studyIds: ReadonlyArray<string>
  bestLevel: number | null
  measureIds: string[]
  measureNames: string[]
  searchText: string
}

export function techniqueRows(dataset: Dataset): TechniqueRow[] {
  const areaName = new Map(dataset.areas.map((area) => [area.id, area.name]))
  const measureName = new Map(dataset.outcomeMeasures.map((m) => [m.id, m.name]))
  const { studyIdsByTechnique, studyById } = relationsOf(dataset)
  return dataset.techniques.map((technique) => {
    const ids = studyIdsByTechnique.get(technique.id) ?? []
    const studies = ids.flatMap((id) => studyById.get(id) ?? [])
    const measureIds = [...new Set(technique.outcomes.map((o) => o.measureId))]
    return {
      technique,
      areaName: areaName.get(technique.areaId) ?? technique.areaId,
      studyIds: [...ids],
      bestLevel: bestDirectLevel(studies),
      measureIds,
      measureNames: measureIds.map((id) => measureName.get(id) ?? id),
      searchText: normaliseText(
        [technique.name, ...technique.aliases, technique.summary, technique.subgroup].join(
          ' \u0000 ',
        ),
      ),
    }
  })
}

export function techniqueTableSpec(dataset: Dataset): TableSpec<TechniqueRow> {
  const areaLabels = Object.fromEntries(
    AREA_ORDER.map((id) => [id, dataset.areas.find((a) => a.id === id)?.name ?? id]),
  )
  const measureLabels = Object.fromEntries(dataset.outcomeMeasures.map((m) => [m.id, m.name]))
  return {
    id: 'techniques',
    noun: ['technique', 'techniques'],
    rowId: (row) => row.technique.id,
    searchText: (row) => row.searchText,
    facets: [
      {
        id: 'area',
        label: 'Therapy area',
        values: (row) => [row.technique.areaId],
        options: (rows) =>
          orderedOptions(
            areaLabels,
            rows.map((r) => r.technique.areaId),
          ),
      },
      {
        id: 'subgroup',
        label: 'Sub-group',
        values: (row) => [row.technique.subgroup],
        options: (rows) =>
          [...new Set(rows.map((r) => r.technique.subgroup))]
            .sort((a, b) => a.localeCompare(b))
            .map((value) => ({ value, label: value })),
      },
      {
        id: 'invasiveness',
        label: 'Invasiveness',
        values: (row) => [row.technique.invasiveness],
        options: (rows) =>
          orderedOptions(
            INVASIVENESS_LABELS,
            rows.map((r) => r.technique.invasiveness),
          ),
      },
      {
        id: 'noms',
        label: 'NOMS dimension',
        values: (row) => row.technique.noms,
        options: (rows) =>
          orderedOptions(
            NOMS_LABELS,
            rows.flatMap((r) => r.technique.noms),
          ),
      },
      {
        id: 'level',
        label: 'Best level of evidence',
        values: (row) => (row.bestLevel === null ? [] : [String(row.bestLevel)]),
        options: (rows) =>
          [...new Set(rows.map((r) => r.bestLevel).filter((l) => l !== null))]
            .sort((a, b) => a - b)
            .map((level) => ({ value: String(level), label: levelLabel(level) })),
      },
      {
        // The Scores page links here with the techniques matching a patient situation.
        id: 'technique',
        label: 'Technique',
        hidden: true,
        values: (row) => [row.technique.id],
        options: (rows) =>
          rows
            .map((r) => ({ value: r.technique.id, label: r.technique.name }))
            .sort((a, b) => a.label.localeCompare(b.label)),
      },
      {
        id: 'measure',
        label: 'Outcome measure reported',
        values: (row) => row.measureIds,
        options: (rows) =>
          orderedOptions(
            measureLabels,
            rows.flatMap((r) => r.measureIds),
          ),
      },
    ],
    ranges: [
      {
        id: 'year',
        label: 'Year first reported',
        kind: 'year',
        value: (row) => row.technique.firstReported.year,
      },
    ],
    columns: [
      {
        id: 'name',
        header: 'Technique',
        kind: 'text',
        value: (r) => r.technique.name,
        defaultVisible: true,
        required: true,
      },
      {
        id: 'aliases',
        header: 'Also known as',
        kind: 'list',
        value: (r) => r.technique.aliases,
        defaultVisible: false,
      },
      {
        id: 'area',
        header: 'Therapy area',
        kind: 'text',
        value: (r) => r.areaName,
        defaultVisible: true,
      },
      {
        id: 'subgroup',
        header: 'Sub-group',
        kind: 'text',
        value: (r) => r.technique.subgroup,
        defaultVisible: true,
      },
      {
        id: 'invasiveness',
        header: 'Invasiveness',
        kind: 'text',
        value: (r) => INVASIVENESS_LABELS[r.technique.invasiveness] ?? r.technique.invasiveness,
        defaultVisible: true,
      },
      {
        id: 'year',
        header: 'First reported',
        kind: 'number',
        value: (r) => r.technique.firstReported.year,
        defaultVisible: true,
      },
      {
        id: 'noms',
        header: 'NOMS dimensions',
        kind: 'list',
        value: (r) => r.technique.noms.map((n) => NOMS_LABELS[n] ?? n),
        defaultVisible: false,
      },
      {
        id: 'level',
        header: 'Best evidence level',
        kind: 'number',
        firstSort: 'asc',
        value: (r) => r.bestLevel,
        defaultVisible: true,
      },
      {
        id: 'studies',
        header: 'Studies',
        kind: 'number',
        value: (r) => r.studyIds.length,
        defaultVisible: true,
      },
      {
        id: 'outcomes',
        header: 'Outcomes reported',
        kind: 'list',
        value: (r) => r.measureNames,
        defaultVisible: false,
      },
      {
        id: 'summary',
        header: 'Summary',
        kind: 'text',
        value: (r) => r.technique.summary,
        defaultVisible: false,
      },
    ],
    defaultSort: [],
  }
}
