import { formatBounds, RESPONSE_LABELS, type Situation } from '../../domain/scores/lens'
import type { SituationParts } from '../../domain/scores/situation'

/** The known parts of a situation in words, e.g. ["SINS 14", "ESCC grade 2"]. */
export function situationParts({ situation, histology, survivalFrom }: SituationParts): string[] {
  const s: Situation = situation
  const parts: string[] = []
  if (s.sins)
    parts.push(`SINS ${formatBounds(s.sins)}${s.sins.min !== s.sins.max ? ' so far' : ''}`)
  if (s.escc) parts.push(`ESCC grade ${s.escc}`)
  if (s.radiosensitivity)
    parts.push(`${histology?.histology ?? 'tumour'}: ${RESPONSE_LABELS[s.radiosensitivity]}`)
  if (s.neurologicDeficit !== null)
    parts.push(s.neurologicDeficit ? 'neurological deficit' : 'no neurological deficit')
  if (s.vertebralCollapse !== null)
    parts.push(s.vertebralCollapse ? 'vertebral body collapse' : 'no vertebral body collapse')
  if (s.expectedSurvivalMonths)
    parts.push(
      `expected survival ${formatBounds(s.expectedSurvivalMonths, ' months')}${survivalFrom ? ` (${survivalFrom.system.abbreviation})` : ''}`,
    )
  return parts
}
