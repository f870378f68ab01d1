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
  other: {
    id: 'other',
    label: 'Other measures',
    toward: null,
    reading: 'no direction is defined for these measures, so they are not counted',
  },
} as const satisfies Record<string, MeasureGroup>

/** Display order of the groups inside an area. */
export const GROUP_ORDER: ReadonlyArray<string> = Object.values(GROUPS).map((g) => g.id)

export const isShare = (series: Series): boolean => series.unit.trim() === '%'

const SINGLE = /single[- ]fraction|8\s*Gy\s*(×|x)\s*1\b/i
const LONG = /(>|more than)\s*10 fractions|extended[- ]fraction|long[- ]course/i

export function measureGroupOf(series: Series): MeasureGroup {
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
  if (tags.has('surgery-volume')) return GROUPS.surgery
  return GROUPS.other
}

/** What "toward the claim" means in each area, for the verdict sentence. */
export const AREA_CLAIM: Record<AreaId, string> = {
  radiation: 'shorter or more conformal courses',
  mit: 'more minimally invasive treatment',
  surgery: 'less open surgery',
  systemic: 'the shift the project describes',
}
