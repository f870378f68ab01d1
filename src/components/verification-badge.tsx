import type { Tier } from '../domain/dataset/schema'
import { TIER_DESCRIPTIONS, VERIFICATION_LABELS } from '../domain/query/labels'

type Props = {
  status: Tier
  /** For "secondary": the review or guideline where the value was seen. */
  source?: string | undefined
  /** Show the secondary source as text after the badge (record pages) rather than only in the title. */
  showSource?: boolean
}

/**
 * The verification tier as text (not colour alone). A secondary tier names its source, since a
 * reader must be able to check the review it was seen in.
 */
export function VerificationBadge({ status, source, showSource = false }: Props) {
  const title = source ? `${TIER_DESCRIPTIONS[status]}: ${source}` : TIER_DESCRIPTIONS[status]
  return (
    <>
      <span className={`badge badge-${status}`} title={title}>
        {VERIFICATION_LABELS[status]}
      </span>
      {showSource && source ? <span className="note tier-source"> seen in {source}</span> : null}
    </>
  )
}
