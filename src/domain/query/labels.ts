import type { AreaId, StudyDesign } from '../dataset/schema'

export const INVASIVENESS_LABELS: Record<string, string> = {
  'non-invasive': 'Non-invasive',
  percutaneous: 'Percutaneous',
  'minimally-invasive-surgery': 'Minimally invasive surgery',
  'open-surgery': 'Open surgery',
  systemic: 'Systemic',
}

export const NOMS_LABELS: Record<string, string> = {
  neurologic: 'Neurologic',
  oncologic: 'Oncologic',
  mechanical: 'Mechanical',
  systemic: 'Systemic',
}

export const DESIGN_LABELS: Record<StudyDesign, string> = {
  rct: 'Randomised trial',
  'meta-analysis': 'Meta-analysis',
  'systematic-review': 'Systematic review',
  prospective: 'Prospective cohort',
  retrospective: 'Retrospective cohort',
  'case-series': 'Case series',
  'case-report': 'Case report',
  guideline: 'Guideline / consensus',
  review: 'Narrative review',
}

/** Tier names as shown on badges, in facets and in CSV exports (the same words everywhere). */
export const VERIFICATION_LABELS: Record<string, string> = {
  primary: 'Primary source',
  secondary: 'Secondary source',
  unverified: 'Unverified',
}

export const TIER_DESCRIPTIONS: Record<string, string> = {
  primary: 'Seen at PubMed, PMC, the journal or the trial registry',
  secondary: 'Seen quoted in a systematic review, guideline or HTA report that cites the study',
  unverified: 'Not yet seen at a primary or secondary source',
}

export const AREA_ORDER: ReadonlyArray<AreaId> = ['surgery', 'mit', 'radiation', 'systemic']

export function levelLabel(level: number | string): string {
  return `Level ${level}`
}

/** Options in a fixed, meaningful order, keeping only values present in the data. */
export function orderedOptions(
  labels: Record<string, string>,
  present: Iterable<string>,
): { value: string; label: string }[] {
  const have = new Set(present)
  return Object.entries(labels)
    .filter(([value]) => have.has(value))
    .map(([value, label]) => ({ value, label }))
}
