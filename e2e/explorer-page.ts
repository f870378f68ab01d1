import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import type { Dataset } from '../src/domain/dataset/schema'

/** The built-in dataset, read independently of the app to compute expected counts. */
export const builtIn: Dataset = JSON.parse(
  readFileSync(new URL('../data/evidence.json', import.meta.url), 'utf8'),
)

export class ExplorerPage {
  readonly page: Page
  readonly table: Locator
  readonly bodyRows: Locator
  readonly summary: Locator
  readonly search: Locator

  constructor(page: Page) {
    this.page = page
    this.table = page.getByRole('table')
    this.bodyRows = this.table.locator('tbody').getByRole('row')
    this.summary = page.getByRole('status').filter({ hasText: /techniques|studies|guidelines/ })
    this.search = page.getByRole('searchbox', { name: /^Search/ })
  }

  async goto(search = '') {
    await this.page.goto(`/${search}`)
    await this.table.or(this.page.getByText(/No (techniques|studies|guidelines) match/)).waitFor()
  }

  facet(name: string): Locator {
    return this.page.getByRole('group', { name })
  }

  facetOption(facet: string, option: string | RegExp): Locator {
    const name =
      typeof option === 'string'
        ? new RegExp(`^${escapeRegExp(option)} \\(\\d+ matching\\)$`)
        : option
    return this.facet(facet).getByRole('checkbox', { name })
  }

  columnHeader(name: string | RegExp): Locator {
    return this.table.getByRole('columnheader', { name })
  }

  /** Text of one column for all body rows. */
  async columnTexts(index: number): Promise<string[]> {
    return this.bodyRows.evaluateAll(
      (rows, i) =>
        rows.map((row) => (row.children[i] as HTMLElement | undefined)?.textContent?.trim() ?? ''),
      index,
    )
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
