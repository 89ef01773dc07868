import { describe, expect, it } from 'vitest'

import { DATA_CATEGORY_LABELS } from '@shared/model'

import { fr } from '../i18n/messages'
import { en } from '../i18n/messages-en'
import type { MessageKey } from '../i18n/messages'
import { plural } from '../i18n/plural'
import type { Language } from '../i18n/language'
import { describeChange } from './history-text'
import type { HistoryContext } from './history-text'

function context(language: Language): HistoryContext {
  const dictionary = language === 'fr' ? fr : en
  return {
    language,
    timeZone: 'Europe/Paris',
    policies: [{ id: 'pol-1', insurer: 'MMA', policyNumber: 'RCP-1' }],
    t: (key: MessageKey, params?: Record<string, string | number>) =>
      Object.entries(params ?? {}).reduce(
        (text, [name, value]) => text.replaceAll(`{${name}}`, String(value)),
        dictionary[key] as string
      )
  }
}

describe('describeChange', () => {
  it('translates codes, names policies, formats instants, and says "Filed" for draft → open', () => {
    const ctxEn = context('en')
    expect(
      describeChange({ path: 'cause.kind', before: 'human_error', after: 'loss_theft' }, ctxEn)
    ).toEqual({
      kind: 'change',
      label: 'Cause · type',
      before: 'Human error',
      after: 'Loss or theft of a device'
    })
    expect(describeChange({ path: 'status', before: 'draft', after: 'open' }, ctxEn)).toEqual({
      kind: 'sentence',
      text: 'Filed in the register'
    })
    expect(
      describeChange({ path: 'policyIds', before: '', after: 'pol-1, pol-9' }, ctxEn)
    ).toMatchObject({
      label: 'Policies concerned',
      after: 'MMA · RCP-1, deleted policy'
    })
    expect(
      describeChange({ path: 'timeline[1].at', after: '2026-03-12T08:00:00.000Z' }, ctxEn)
    ).toEqual({
      kind: 'change',
      label: 'Timeline · no. 2 · date and time',
      before: undefined,
      after: '12 Mar 2026, 09:00'
    })
    expect(
      describeChange(
        { path: 'data.categories', before: 'health', after: 'health, contact' },
        context('fr')
      )
    ).toMatchObject({
      label: 'Données concernées · catégories',
      after: `${DATA_CATEGORY_LABELS.health.fr}, ${DATA_CATEGORY_LABELS.contact.fr}`
    })
  })

  it('never shows a raw path or code', () => {
    const ctx = context('fr')
    const out = describeChange(
      { path: 'cyber.ransomPaid', before: undefined, after: 'unknown' },
      ctx
    )
    expect(out).toEqual({
      kind: 'change',
      label: 'Autres précisions',
      before: undefined,
      after: 'je ne sais pas'
    })
    const element = describeChange(
      { path: 'timeline[0]', after: 'complaint_filed · 2026-03-12T08:00:00.000Z' },
      ctx
    )
    expect(element).toMatchObject({ label: 'Chronologie · n° 1' })
    expect(JSON.stringify(element)).not.toMatch(/2026-03-12T|complaint_filed/)
  })
})

describe('plural', () => {
  it('follows each language’s rules', () => {
    expect(plural('register.count.of', 1, 'fr')).toBe('register.count.of.one')
    expect(plural('register.count.of', 0, 'fr')).toBe('register.count.of.one')
    expect(plural('register.count.of', 0, 'en')).toBe('register.count.of.other')
    expect(plural('register.count.of', 2, 'en')).toBe('register.count.of.other')
  })
})
