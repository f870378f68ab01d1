/** `2026-11-28` → `28 Nov 2026`, whatever the browser's own locale. */
export function formatReviewDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  })
}

/**
 * How fresh the evidence is, in words: "Evidence reviewed 28 Nov 2026, v1.0.0". Evidence
 * reviewed more than 12 months before `today` is stale: readers should look for newer studies.
 */
export function reviewStatus(
  meta: { lastReviewed: string; version: string },
  today: Date,
): { text: string; stale: boolean } {
  const [year = 0, month = 1, day = 1] = meta.lastReviewed.split('-').map(Number)
  const yearLater = Date.UTC(year + 1, month - 1, day)
  return {
    text: `Evidence reviewed ${formatReviewDate(meta.lastReviewed)}, v${meta.version}`,
    stale: today.getTime() > yearLater,
  }
}
