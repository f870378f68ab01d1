import type { Dataset } from '../dataset/schema'
import type { TableId } from '../view/view-state'
import { type StudyRow, studyRows, studyTableSpec } from './study-table'
import { type PackedIndex, packIndex, transferablesOf, unpackIndex } from './packed-index'
import { buildIndex, type TableIndex } from './table-index'
import type { TableSpec } from './table-spec'
import { type TechniqueRow, techniqueRows, techniqueTableSpec } from './technique-table'

export type PreparedTable<Row> = { index: TableIndex<Row>; spec: TableSpec<Row> }
export type PreparedTables = {
  techniques: PreparedTable<TechniqueRow>
  studies: PreparedTable<StudyRow>
}

// Rows, search texts and facet values are derived once per dataset, not on every keystroke.
const cache = new WeakMap<Dataset, PreparedTables>()

export function prepareTables(dataset: Dataset): PreparedTables {
  let prepared = cache.get(dataset)
  if (!prepared) {
    const techniqueSpec = techniqueTableSpec(dataset)
    const studySpec = studyTableSpec(dataset)
    prepared = {
      techniques: { index: buildIndex(techniqueRows(dataset), techniqueSpec), spec: techniqueSpec },
      studies: { index: buildIndex(studyRows(dataset), studySpec), spec: studySpec },
    }
    cache.set(dataset, prepared)
  }
  return prepared
}

/** Rows and packed indexes of both tables: what the dataset worker posts to the page. */
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
export function adoptTables(dataset: Dataset, packed: PackedTables): PreparedTables {
  const techniqueSpec = techniqueTableSpec(dataset)
  const studySpec = studyTableSpec(dataset)
  const prepared: PreparedTables = {
    techniques: {
      index: unpackIndex(packed.techniques.rows, packed.techniques.index, techniqueSpec),
      spec: techniqueSpec,
    },
    studies: {
      index: unpackIndex(packed.studies.rows, packed.studies.index, studySpec),
      spec: studySpec,
    },
  }
  cache.set(dataset, prepared)
  return prepared
}

/** Everything in a dataset but its two large collections, which travel as table rows. */
export type DatasetHead = Omit<Dataset, 'techniques' | 'studies'>

/** Reassembles the dataset from its head and the posted rows, and adopts their prepared tables. */
export function datasetFromPacked(head: DatasetHead, packed: PackedTables): Dataset {
  const dataset: Dataset = {
    ...head,
    techniques: packed.techniques.rows.map((row) => row.technique),
    studies: packed.studies.rows.map((row) => row.study),
  }
  adoptTables(dataset, packed)
  return dataset
}

/** The spec of one table, for code that needs ids and labels but no rows (URL tests, docs). */
export function tableSpecOf(dataset: Dataset, table: TableId): TableSpec<unknown> {
  return prepareTables(dataset)[table].spec as TableSpec<unknown>
}
