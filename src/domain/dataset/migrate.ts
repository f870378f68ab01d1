import { SCHEMA_VERSION } from './schema-base'
import { isFormat1 } from './validate-dataset'

/**
 * Reads dataset format 1 (a yes/no `verified` flag, no quotes, no primary endpoints, no
 * guidelines) as format 2, so files users saved and old releases keep opening. Every mapping is
 * counted, because a silent upgrade would let a v1 "verified" pass for a quoted v2 "primary"
 * value: the app shows `migrationMessages` to say what was read how.
 */
export type MigrationReport = {
  /** Flags "verified" read as tier "primary", with their JSON paths. */
  verifiedToPrimary: string[]
  unverifiedKept: number
  /** Outcomes given `primaryEndpoint: false`. */
  primaryEndpointAdded: number
  /** Values at tier primary/secondary without a quote (format 1 kept none). */
  withoutQuote: number
  seriesWithoutUnit: number
  guidelinesAdded: boolean
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : [])

export function emptyReport(): MigrationReport {
  return {
    verifiedToPrimary: [],
    unverifiedKept: 0,
    primaryEndpointAdded: 0,
    withoutQuote: 0,
    seriesWithoutUnit: 0,
    guidelinesAdded: false,
  }
}

function tier(record: Json, path: string, report: MigrationReport) {
  if (record.verification === 'verified') {
    record.verification = 'primary'
    report.verifiedToPrimary.push(`${path}.verification`)
  } else if (record.verification === 'unverified') report.unverifiedKept += 1
}

/**
 * Maps the format 1 values of the record collections, in place, wherever they occur: used on
 * whole v1 files and on curation fragments that are still partly v1. Values already in format 2
 * are left alone; odd shapes are skipped (validation reports them afterwards).
 */
export function upgradeRecords(json: Json, report: MigrationReport): void {
  objects(json.studies).forEach((s, i) => {
    tier(s, `studies[${i}]`, report)
  })
  objects(json.techniques).forEach((t, i) => {
    if (isObject(t.firstReported)) tier(t.firstReported, `techniques[${i}].firstReported`, report)
    objects(t.outcomes).forEach((o, k) => {
      tier(o, `techniques[${i}].outcomes[${k}]`, report)
      if (o.primaryEndpoint === undefined) {
        o.primaryEndpoint = false
        report.primaryEndpointAdded += 1
      }
      if (o.verification !== 'unverified' && o.quote === undefined) report.withoutQuote += 1
    })
  })
  objects(json.scoringSystems).forEach((s, i) => {
    tier(s, `scoringSystems[${i}]`, report)
  })
  objects(json.series).forEach((s, i) => {
    tier(s, `series[${i}]`, report)
    if (s.unitOfAnalysis === undefined) report.seriesWithoutUnit += 1
  })
  objects(json.milestones).forEach((m, i) => {
    tier(m, `milestones[${i}]`, report)
  })
}

/**
 * Upgrades a whole format 1 dataset (on a copy); returns the input untouched and a null report
 * for anything else, including format 2 files, whose problems validation must report as such.
 */
export function migrateDataset(json: unknown): { json: unknown; report: MigrationReport | null } {
  if (!isFormat1(json)) return { json, report: null }
  const copy = structuredClone(json) as Json
  const report = emptyReport()
  upgradeRecords(copy, report)
  if (copy.guidelines === undefined) {
    copy.guidelines = []
    report.guidelinesAdded = true
  }
  copy.meta = { ...(copy.meta as Json), schemaVersion: SCHEMA_VERSION }
  return { json: copy, report }
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`

/** What the upgrade did, in words for the person who opened the file. */
export function migrationMessages(report: MigrationReport): string[] {
  const lines: string[] = []
  const mapped = report.verifiedToPrimary.length
  if (mapped > 0)
    lines.push(
      `${plural(mapped, '“verified” flag was', '“verified” flags were')} read as “primary” (format 1 did not record which source was seen, nor quote it).`,
    )
  if (report.unverifiedKept > 0)
    lines.push(
      `${plural(report.unverifiedKept, '“unverified” flag stays', '“unverified” flags stay')} “unverified”.`,
    )
  if (report.primaryEndpointAdded > 0)
    lines.push(
      `${plural(report.primaryEndpointAdded, 'outcome is', 'outcomes are')} shown as not being a primary endpoint (format 1 did not mark primary endpoints).`,
    )
  if (report.withoutQuote > 0)
    lines.push(
      `${plural(report.withoutQuote, 'value has', 'values have')} no quote from its source (format 1 kept none).`,
    )
  if (report.seriesWithoutUnit > 0)
    lines.push(
      `${plural(report.seriesWithoutUnit, 'series does', 'series do')} not state a unit of analysis (patients, courses, …).`,
    )
  if (report.guidelinesAdded) lines.push('There are no guideline records (format 1 had none).')
  return lines
}
