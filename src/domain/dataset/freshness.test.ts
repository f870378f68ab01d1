import { describe, expect, it } from 'vitest'
import { reviewStatus } from './freshness'

describe('reviewStatus', () => {
  const meta = { lastReviewed: '2026-11-28', version: '2.0.0' }
  it('says when and which version, in words', () => {
    expect(reviewStatus(meta, new Date('2026-11-30T12:00:00Z'))).toEqual({
      text: 'Evidence reviewed 28 Nov 2026, v2.0.0',
      stale: false,
    })
  })
  it('marks evidence reviewed more than 12 months ago', () => {
    expect(reviewStatus(meta, new Date('2027-11-28T00:00:00Z')).stale).toBe(false)
    expect(reviewStatus(meta, new Date('2027-11-29T00:00:00Z')).stale).toBe(true)
  })
})
