import { describe, expect, it } from 'vitest'

import { RULE_SET_VERSION, RULES } from './registry'

/**
 * The reviewable text of the rules is pinned to the rule-set version: change a rule's id, source,
 * reference or summary and this test fails until RULE_SET_VERSION is bumped and the fingerprint
 * updated, so that stored assessments never claim a version whose rules changed under them.
 */
const PINNED: Record<string, string> = {
  '2026.11.1': 'a83320e0',
  '2026.12.1': 'f1c783b8',
  '2026.12.2': '77aedcdf'
}

const fnv1a = (text: string): string => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

describe('rule set version', () => {
  it('is pinned to the rules’ reviewable text', () => {
    const fingerprint = fnv1a(JSON.stringify(RULES))
    expect({ version: RULE_SET_VERSION, fingerprint }).toEqual({
      version: RULE_SET_VERSION,
      fingerprint: PINNED[RULE_SET_VERSION]
    })
  })
})
