type Props = { status: 'verified' | 'unverified' }

/** Unverified values are visibly marked (text, not colour alone). */
export function VerificationBadge({ status }: Props) {
  if (status === 'verified') return <span className="badge badge-verified">Verified</span>
  return (
    <span className="badge badge-unverified" title="Not yet checked at a primary source">
      Unverified
    </span>
  )
}
