import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** What one axe run found (axe-core's own type, reached through the Playwright wrapper). */
export type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>

/** The one rule set every view and dialog is checked against: WCAG 2.2 A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Fails on any serious or critical violation; returns the results for further checks. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<AxeResults> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    )
  expect(serious).toEqual([])
  return results
}
