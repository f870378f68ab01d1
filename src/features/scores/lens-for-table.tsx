/**
 * What the Techniques table needs to show the evidence for a Scores situation, in one module
 * that loads only when that evidence is asked for (it stays out of the first view's bundle).
 */
export { lensByTechnique } from '../../domain/scores/situation'
export { LensNotice, MatchedBecause } from './lens-notice'
