import type { Dataset } from '../dataset/schema'
import type { TableId } from '../view/view-state'
import { type GuidelineRow, guidelineRows, guidelineTableSpec } from './guideline-table'
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

export function prepareTables(dataset: Dataset): PreparedTables {
  let prepared = cache.get(dataset)
  if (!prepared) {
    const techniqueSpec = techniqueTableSpec(dataset)
    const studySpec = studyTableSpec(dataset)
    const guidelineSpec = guidelineTableSpec(dataset)
    prepared = {
      techniques: { index: buildIndex(techniqueRows(dataset), techniqueSpec), spec: techniqueSpec },
      studies: { index: buildIndex(studyRows(dataset), studySpec), spec: studySpec },
      guidelines: {
        index: buildIndex(guidelineRows(dataset), guidelineSpec),
        spec: guidelineSpec,
      },
    }
    cache.set(dataset, prepared)
  }
  return prepared
}

/** The spec of one table, for code that needs ids and labels but no rows (URL tests, docs). */
export function tableSpecOf(dataset: Dataset, table: TableId): TableSpec<unknown> {
  return prepareTables(dataset)[table].spec as TableSpec<unknown>
}
