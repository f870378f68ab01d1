import type { Dataset, Study, Technique } from '../dataset/schema'
import type { TableId } from '../view/view-state'
import { type GuidelineRow, guidelineRows, guidelineTableSpec } from './guideline-table'
import { type PackedIndex, packIndex, transferablesOf, unpackIndex } from './packed-index'
import { type StudyRow, studyRows, studyTableSpec } from './study-table'
import { buildIndex, type TableIndex } from './table-index'
import type { TableSpec } from './table-spec'
import { type TechniqueRow, techniqueRows, techniqueTableSpec } from './technique-table'

export type PreparedTable<Row> = { index: TableIndex<Row>; spec: TableSpec<Row> }
export type PreparedTables = {
  techniques: PreparedTable<TechniqueRow>
  studies: PreparedTable<StudyRow>
  guidelines: PreparedTable<GuidelineRow>
}

// Rows, search texts and facet values are derived once per dataset, not on every keystroke.
const cache = new WeakMap<Dataset, PreparedTables>()

/** Guidelines are few: indexed wherever the dataset is, the worker's index or not. */
function prepareGuidelines(dataset: Dataset): PreparedTable<GuidelineRow> {
  const spec = guidelineTableSpec(dataset)
  return { index: buildIndex(guidelineRows(dataset), spec), spec }
}

export function prepareTables(dataset: Dataset): PreparedTables {
  let prepared = cache.get(dataset)
  if (!prepared) {
    const techniqueSpec = techniqueTableSpec(dataset)
    const studySpec = studyTableSpec(dataset)
    prepared = {
      techniques: { index: buildIndex(techniqueRows(dataset), techniqueSpec), spec: techniqueSpec },
      studies: { index: buildIndex(studyRows(dataset), studySpec), spec: studySpec },
      guidelines: prepareGuidelines(dataset),
    }
    cache.set(dataset, prepared)
  }
  return prepared
}

/**
 * Rows and packed indexes of the two large tables: what the dataset worker posts to the page.
 * Guidelines are few and travel with the dataset's head; the page indexes them itself.
 */
export type PackedTables = {
  techniques: { rows: TechniqueRow[]; index: PackedIndex }
  studies: { rows: StudyRow[]; index: PackedIndex }
}

export function packTables(prepared: PreparedTables): PackedTables {
  return {
    techniques: {
      rows: prepared.techniques.index.rows as TechniqueRow[],
      index: packIndex(prepared.techniques.index),
    },
    studies: {
      rows: prepared.studies.index.rows as StudyRow[],
      index: packIndex(prepared.studies.index),
    },
  }
}

export function packedTransferables(packed: PackedTables): ArrayBuffer[] {
  return [...transferablesOf(packed.techniques.index), ...transferablesOf(packed.studies.index)]
}

/**
 * Takes tables prepared elsewhere (the worker) for `dataset`, whose techniques and studies must
 * be the rows' own objects: the page then skips building rows, search texts and facets.
 */
export function adoptTables(
  dataset: Dataset,
  packed: PackedTables,
  searchTexts?: { techniques: string[]; studies: string[] },
): PreparedTables {
  const techniqueSpec = techniqueTableSpec(dataset)
  const studySpec = studyTableSpec(dataset)
  const prepared: PreparedTables = {
    techniques: {
      index: unpackIndex(
        packed.techniques.rows,
        packed.techniques.index,
        techniqueSpec,
        searchTexts?.techniques,
      ),
      spec: techniqueSpec,
    },
    studies: {
      index: unpackIndex(
        packed.studies.rows,
        packed.studies.index,
        studySpec,
        searchTexts?.studies,
      ),
      spec: studySpec,
    },
    guidelines: prepareGuidelines(dataset),
  }
  cache.set(dataset, prepared)
  return prepared
}

/** Everything in a dataset but its two large collections, which travel as table rows. */
export type DatasetHead = Omit<Dataset, 'techniques' | 'studies'>

/**
 * Collects the rows the worker posts in chunks (each chunk is handled in its own task on the
 * page), then rebuilds the dataset from its head and adopts the posted indexes: the last step
 * touches no record, so no single task grows with the row count beyond a few array passes.
 */
export function datasetAssembler() {
  const techniques: TechniqueRow[] = []
  const studies: StudyRow[] = []
  const techniqueRecords: Technique[] = []
  const studyRecords: Study[] = []
  const searchTexts = { techniques: [] as string[], studies: [] as string[] }
  return {
    addTechniques(rows: ReadonlyArray<TechniqueRow>) {
      for (const row of rows) {
        techniques.push(row)
        techniqueRecords.push(row.technique)
        searchTexts.techniques.push(row.searchText)
      }
    },
    addStudies(rows: ReadonlyArray<StudyRow>) {
      for (const row of rows) {
        studies.push(row)
        studyRecords.push(row.study)
        searchTexts.studies.push(row.searchText)
      }
    },
    finish(head: DatasetHead, index: { techniques: PackedIndex; studies: PackedIndex }): Dataset {
      const dataset: Dataset = { ...head, techniques: techniqueRecords, studies: studyRecords }
      adoptTables(
        dataset,
        {
          techniques: { rows: techniques, index: index.techniques },
          studies: { rows: studies, index: index.studies },
        },
        searchTexts,
      )
      return dataset
    },
  }
}

/** The spec of one table, for code that needs ids and labels but no rows (URL tests, docs). */
export function tableSpecOf(dataset: Dataset, table: TableId): TableSpec<unknown> {
  return prepareTables(dataset)[table].spec as TableSpec<unknown>
}
