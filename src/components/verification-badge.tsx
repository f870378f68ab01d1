import type { Tier } from '../domain/dataset/schema'
import { TIER_DESCRIPTIONS, VERIFICATION_LABELS } from '../domain/query/labels'
import { Toggletip } from './toggletip'

type Props = {
  status: Tier
  /** For "secondary": the review or guideline where the value was seen. */
  source?: string | undefined
  /** Show the secondary source as text after the badge (record pages) as well as in its tip. */
  showSource?: boolean
}

/**
 * The verification tier as text (not colour alone). A tap, a click or keyboard focus opens what
 * the tier means; a secondary tier names its source there, since a reader must be able to check
 * the review it was seen in.
 */
export function VerificationBadge({ status, source, showSource = false }: Props) {
  const text = source ? `${TIER_DESCRIPTIONS[status]}: ${source}` : TIER_DESCRIPTIONS[status]
  return (
    <>
      <Toggletip
        className={`badge badge-${status}`}
        label={VERIFICATION_LABELS[status]}
        text={text ?? ''}
      />
      {showSource && source ? <span className="note tier-source"> seen in {source}</span> : null}
    </>
  )
}
