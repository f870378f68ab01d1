/**
 * Marks evidence from patients other than those the explorer is about (primary chordoma,
 * myeloma, osteoporotic fractures), in words, wherever one of the study's values is shown.
 */
export function IndirectBadge({ population }: { population: string | undefined }) {
  if (!population) return null
  return (
    <span className="badge badge-indirect">
      <span aria-hidden="true">⚠ </span>Indirect evidence: {population}
    </span>
  )
}
