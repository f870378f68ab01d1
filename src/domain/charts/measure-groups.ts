import type { AreaId, Series } from '../dataset/schema'

/**
 * What a practice series measures, and which way of moving counts as "toward radiation therapy
 * and minimally invasive therapy" — the claim this project tests. Derived from a series' tags,
 * unit and wording so that a user's own dataset is grouped the same way without extra fields.
 */
export type MeasureGroup = {
  id: string
  label: string
  /** The change that supports the claim; null = shown for context, not counted in the verdict. */
  toward: 'rise' | 'fall' | null
  /** Why a move in this group counts the way it does, in a few words. */
  reading: string
  /** For a context group (toward null): why it is not counted, short enough for the verdict. */
  contextNote?: string
}

const GROUPS = {
  sbrt: {
    id: 'sbrt-share',
    label: 'SBRT share',
    toward: 'rise',
    reading: 'a rising share of stereotactic courses is toward more conformal radiotherapy',
  },
  advanced: {
    id: 'advanced-rt-share',
    label: 'Conformal-technique share',
    toward: 'rise',
    reading:
      'a rising share of 3D conformal, IMRT or SABR courses is toward more conformal courses',
  },
  single: {
    id: 'single-fraction-share',
    label: 'Single-fraction share',
    toward: 'rise',
    reading: 'a rising single-fraction share is toward shorter courses',
  },
  short: {
    id: 'short-course-share',
    label: 'Short-course share (≤ 10 fractions)',
    toward: 'rise',
    reading: 'a rising share of courses with 10 or fewer fractions is toward shorter courses',
  },
  long: {
    id: 'long-course-share',
    label: 'Long-course share (> 10 fractions)',
    toward: 'fall',
    reading: 'a falling share of long courses is toward shorter courses',
  },
  cost: {
    id: 'rt-cost',
    label: 'Cost per radiotherapy course',
    toward: null,
    reading: 'cost follows fractionation and prices, so it is context, not a count of practice',
    contextNote: 'cost per course',
  },
  augmentationShare: {
    id: 'augmentation-share',
    label: 'Augmentation share',
    toward: 'rise',
    reading: 'a rising share of patients given vertebral augmentation is toward more MIT',
  },
  augmentation: {
    id: 'augmentation-rate',
    label: 'Augmentation rate or volume',
    toward: 'rise',
    reading: 'a falling augmentation rate runs against a shift toward MIT',
  },
  surgery: {
    id: 'surgery-rate',
    label: 'Surgery rate or volume',
    toward: 'fall',
    reading: 'a rising surgery rate runs against a shift away from open surgery',
  },
  // A share among operations moves when the mix changes even if fewer operations are done, so
  // it says nothing about open-surgery volume: never counted, never on the rates' axis.
  surgeryMix: {
    id: 'surgery-mix-share',
    label: 'Mix of operations (share)',
    toward: null,
    reading:
      'a rising share of fusion among operations is a change in the mix of operations, not a rise in open-surgery volume',
    contextNote: 'share of one kind of operation, not surgery volume',
  },
  other: {
    id: 'other',
    label: 'Other measures',
    toward: null,
    reading: 'no direction is defined for these measures, so they are not counted',
    contextNote: 'no direction defined',
  },
} as const satisfies Record<string, MeasureGroup>

const ALL_INDICATIONS = /\ball[- ]indications?\b/i

/**
 * A series that covers every indication (for vertebral augmentation mostly osteoporotic
 * fractures) says nothing about practice in spinal metastases. Read from the title, measure and
 * unit, where curators state the scope, so a user's own dataset is treated the same way.
 */
export const coversAllIndications = (series: Series): boolean =>
  ALL_INDICATIONS.test(`${series.title} ${series.measure} ${series.unit}`)

/** The context-only twin of a counted group, for series that cover all indications. */
function allIndications(group: MeasureGroup): MeasureGroup {
  const augmentation = group.id.startsWith('augmentation')
  return {
    id: `${group.id}-all-indications`,
    label: `${group.label}, all indications`,
    toward: null,
    reading: augmentation
      ? 'these cover all indications, mostly osteoporotic fractures, not spinal metastases'
      : 'these cover all indications, not only spinal metastases',
    contextNote: augmentation ? 'all indications, mostly osteoporotic' : 'all indications',
  }
}

/** Display order of the groups inside an area: each counted group, then its all-indications twin. */
export const GROUP_ORDER: ReadonlyArray<string> = Object.values(GROUPS).flatMap((g): string[] =>
  g.toward === null ? [g.id] : [g.id, allIndications(g).id],
)

export const isShare = (series: Series): boolean => series.unit.trim() === '%'

const SINGLE = /single[- ]fraction|8\s*Gy\s*(×|x)\s*1\b/i
const LONG = /(>|more than)\s*10 fractions|extended[- ]fraction|long[- ]course/i

function baseGroup(series: Series): MeasureGroup {
  const tags = new Set<string>(series.tags)
  const words = `${series.title} ${series.measure}`
  const share = isShare(series)
  if (tags.has('toward-sbrt')) return GROUPS.sbrt
  if (tags.has('advanced-radiotherapy')) return GROUPS.advanced
  if (tags.has('shorter-courses') || tags.has('long-course-decline')) {
    if (!share) return GROUPS.cost
    if (SINGLE.test(words)) return GROUPS.single
    // The same two tags mark both "≤ 10 fractions" and "> 10 fractions": the wording decides.
    if (LONG.test(words)) return GROUPS.long
    return GROUPS.short
  }
  if (tags.has('cement-augmentation')) return share ? GROUPS.augmentationShare : GROUPS.augmentation
  if (tags.has('surgery-volume')) return share ? GROUPS.surgeryMix : GROUPS.surgery
  if (tags.has('surgery-mix') && share) return GROUPS.surgeryMix
  return GROUPS.other
}

export function measureGroupOf(series: Series): MeasureGroup {
  const group = baseGroup(series)
  return group.toward !== null && coversAllIndications(series) ? allIndications(group) : group
}

/** What "toward the claim" means in each area, for the verdict sentence. */
export const AREA_CLAIM: Record<AreaId, string> = {
  radiation: 'shorter or more conformal courses',
  mit: 'more minimally invasive treatment',
  surgery: 'less open surgery',
  systemic: 'the shift the project describes',
}
