import type { Dataset } from './schema'

type Row = Record<string, unknown>

/**
 * A CSV holds one table; the rest of the dataset comes from the base (the built-in data), so a
 * table exported from the app, edited in a spreadsheet and opened again differs from the base
 * only by the edits. Base records that cite a record the file no longer has are left out (or
 * their optional link cleared), so the result stays consistent:
 *
 * - a studies file replaces the studies; technique outcomes, series and scoring systems that
 *   cite a study not in the file are left out, first-report and milestone links to one cleared;
 * - a techniques file replaces the techniques (a CSV cannot nest outcomes: each technique keeps
 *   the base's outcomes of the same id); studies keep only techniques still present, and a study
 *   left with none is left out, with whatever cites it.
 */
export function mergeTable(base: Dataset, kind: 'techniques' | 'studies', records: Row[]): Row {
  const baseTechniques = new Map(base.techniques.map((t) => [t.id, t]))
  const fileIds = new Set(records.map((r) => r.id))
  const studies: Row[] =
    kind === 'studies'
      ? records
      : base.studies
          .map((s) => ({ ...s, techniqueIds: s.techniqueIds.filter((id) => fileIds.has(id)) }))
          .filter((s) => s.techniqueIds.length > 0)
  const studyIds = new Set(studies.map((s) => s.id))
  const cites = (studyId: unknown) => studyIds.has(studyId)
  const techniques =
    kind === 'techniques'
      ? records.map((t) => ({
          ...t,
          outcomes: (baseTechniques.get(t.id as string)?.outcomes ?? []).filter((o) =>
            cites(o.studyId),
          ),
          indicationCriteria: baseTechniques
            .get(t.id as string)
            ?.indicationCriteria?.filter((c) => c.studyId === null || cites(c.studyId)),
        }))
      : base.techniques.map((t) => ({
          ...t,
          outcomes: t.outcomes.filter((o) => cites(o.studyId)),
          indicationCriteria: t.indicationCriteria?.filter(
            (c) => c.studyId === null || cites(c.studyId),
          ),
          firstReported: {
            ...t.firstReported,
            studyId: cites(t.firstReported.studyId) ? t.firstReported.studyId : null,
          },
        }))
  const techniqueIds = new Set(techniques.map((t) => (t as Row).id as string))
  return {
    ...base,
    techniques,
    studies,
    series: base.series.filter((s) => cites(s.studyId)),
    milestones: base.milestones.map((m) => ({
      ...m,
      studyId: cites(m.studyId) ? m.studyId : null,
    })),
    scoringSystems: base.scoringSystems
      .filter((s) => cites(s.studyId))
      .map((s) => ({ ...s, validationStudyIds: s.validationStudyIds?.filter(cites) })),
    radiosensitivity: base.radiosensitivity?.filter((r) => cites(r.studyId)),
    // A guideline stays; its recommendations keep the techniques that are still there.
    guidelines: base.guidelines.map((g) => ({
      ...g,
      recommendations: g.recommendations
        .map((r) => ({ ...r, techniqueIds: r.techniqueIds.filter((id) => techniqueIds.has(id)) }))
        .filter((r) => r.techniqueIds.length > 0),
    })),
  }
}
