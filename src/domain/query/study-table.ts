import { studyShort } from '../dataset/outcome-text'
import { relationsOf } from '../dataset/relations'
import type { Dataset, Study } from '../dataset/schema'
import {
  AREA_ORDER,
  DESIGN_LABELS,
  levelLabel,
  orderedOptions,
  VERIFICATION_LABELS,
} from './labels'
import { normaliseText } from './normalise'
import type { TableSpec } from './table-spec'

export type StudyRow = {
  study: Study
  /** The techniques the study informs (the one study–technique relation). */
  techniqueIds: ReadonlyArray<string>
  areaIds: string[]
  areaNames: string[]
  techniqueNames: string[]
  searchText: string
}

export function studyRows(dataset: Dataset): StudyRow[] {
  const { techniqueById, techniqueIdsByStudy } = relationsOf(dataset)
  const areaName = new Map(dataset.areas.map((a) => [a.id, a.name]))
  return dataset.studies.map((study) => {
    const techniqueIds = techniqueIdsByStudy.get(study.id) ?? []
    const areaIds = AREA_ORDER.filter((area) =>
      techniqueIds.some((id) => techniqueById.get(id)?.areaId === area),
    )
    const techniqueNames = techniqueIds.map((id) => techniqueById.get(id)?.name ?? id)
    return {
      study,
      techniqueIds,
      areaIds,
      areaNames: areaIds.map((id) => areaName.get(id) ?? id),
      techniqueNames,
      // The techniques' names too: a clinician typing "vertebroplasty" expects every study of
      // it, and half of them do not name it in their titles. Built once, with the rows.
      searchText: normaliseText(
        [
          study.title,
          study.firstAuthor ?? '',
          study.journal ?? '',
          String(study.year),
          ...techniqueNames,
        ].join(' \u0000 '),
      ),
    }
  })
}

export function studyTableSpec(dataset: Dataset): TableSpec<StudyRow> {
  const areaLabels = Object.fromEntries(
    AREA_ORDER.map((id) => [id, dataset.areas.find((a) => a.id === id)?.name ?? id]),
  )
  return {
    id: 'studies',
    noun: ['study', 'studies'],
    rowId: (row) => row.study.id,
    searchText: (row) => row.searchText,
    facets: [
      {
        id: 'design',
        label: 'Design',
        values: (row) => [row.study.design],
        options: (rows) =>
          orderedOptions(
            DESIGN_LABELS,
            rows.map((r) => r.study.design),
          ),
      },
      {
        id: 'level',
        label: 'Level of evidence',
        values: (row) => [String(row.study.levelOfEvidence)],
        options: (rows) =>
          [...new Set(rows.map((r) => r.study.levelOfEvidence))]
            .sort((a, b) => a - b)
            .map((level) => ({ value: String(level), label: levelLabel(level) })),
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
        options: (rows) =>
          orderedOptions(
            // Built only when options are listed (in the worker): 100,000 labels cost the page.
            Object.fromEntries(dataset.techniques.map((t) => [t.id, t.name])),
            rows.flatMap((r) => r.techniqueIds),
          ).sort((a, b) => a.label.localeCompare(b.label)),
      },
      {
        id: 'verification',
        label: 'Verification',
        values: (row) => [row.study.verification],
        options: (rows) =>
          orderedOptions(
            VERIFICATION_LABELS,
            rows.map((r) => r.study.verification),
          ),
      },
    ],
    ranges: [
      { id: 'year', label: 'Year', kind: 'year', value: (row) => row.study.year },
      { id: 'patients', label: 'Patients', kind: 'amount', value: (row) => row.study.patients },
    ],
    columns: [
      {
        id: 'study',
        header: 'Study',
        kind: 'text',
        value: (r) => studyShort(r.study),
        defaultVisible: true,
        required: true,
      },
      {
        id: 'title',
        header: 'Title',
        kind: 'text',
        value: (r) => r.study.title,
        defaultVisible: true,
      },
      {
        id: 'journal',
        header: 'Journal',
        kind: 'text',
        value: (r) => r.study.journal,
        defaultVisible: false,
      },
      {
        id: 'year',
        header: 'Year',
        kind: 'number',
        value: (r) => r.study.year,
        defaultVisible: true,
      },
      {
        id: 'design',
        header: 'Design',
        kind: 'text',
        value: (r) => DESIGN_LABELS[r.study.design],
        defaultVisible: true,
      },
      {
        id: 'patients',
        header: 'Patients',
        unit: 'n',
        kind: 'number',
        value: (r) => r.study.patients,
        defaultVisible: true,
      },
      {
        id: 'level',
        header: 'Level of evidence',
        kind: 'number',
        firstSort: 'asc',
        value: (r) => r.study.levelOfEvidence,
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
        id: 'techniques',
        header: 'Techniques',
        kind: 'list',
        value: (r) => r.techniqueNames,
        defaultVisible: true,
      },
      {
        id: 'verification',
        header: 'Verification',
        kind: 'text',
        value: (r) => VERIFICATION_LABELS[r.study.verification] ?? r.study.verification,
        defaultVisible: true,
      },
      {
        id: 'verificationSource',
        header: 'Verification source',
        kind: 'text',
        value: (r) => r.study.verificationSource ?? null,
        defaultVisible: false,
      },
      { id: 'doi', header: 'DOI', kind: 'text', value: (r) => r.study.doi, defaultVisible: false },
      {
        id: 'pmid',
        header: 'PMID',
        kind: 'text',
        value: (r) => r.study.pmid,
        defaultVisible: false,
      },
    ],
    defaultSort: [],
  }
}
