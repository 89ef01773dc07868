/**
 * The Vault-free incident-key API (the contract with the register's Worker): batched key reads,
 * a cache that forgets, and envelopes opened with the key they name.
 */
import { describe, expect, it } from 'vitest'

import {
  IncidentKeyGoneError,
  createIncidentKey,
  createIncidentKeyCache,
  openSummaryEnvelope,
  sealWithIncidentKey,
  type WrappedIncidentKey
} from './incident-keys'
import { DamagedRecordError, sealJson } from './seal'

const AES = { name: 'AES-GCM', length: 256 } as const

async function setUp(count: number) {
  const dataKey = (await crypto.subtle.generateKey(AES, false, ['encrypt', 'decrypt'])) as CryptoKey
  const rows = new Map<string, WrappedIncidentKey>()
  const keys = new Map<string, CryptoKey>()
  for (let i = 0; i < count; i++) {
    const id = `incident-${i}`
    const made = await createIncidentKey(dataKey, id)
    rows.set(id, made.row)
    keys.set(id, made.key)
  }
  const calls: string[][] = []
  const cache = createIncidentKeyCache(dataKey, async (ids) => {
    calls.push(ids)
    return new Map(ids.flatMap((id) => (rows.has(id) ? [[id, rows.get(id)!] as const] : [])))
  })
  return { dataKey, rows, keys, calls, cache }
}

describe('incident key cache', () => {
  it('reads the keys asked in one tick with one call, then serves them from memory', async () => {
    const { calls, cache, keys } = await setUp(50)
    const ids = [...keys.keys()]
    const found = await Promise.all(ids.map((id) => cache.keyFor(id)))
    expect(calls).toHaveLength(1)
    expect(calls[0]!.sort()).toEqual([...ids].sort())
    expect(found.every((key) => key instanceof CryptoKey)).toBe(true)
    // The unwrapped key is the incident's: it opens what that key sealed.
    const sealed = await sealWithIncidentKey(
      keys.get('incident-7')!,
      'incident-7',
      'summaries',
      'incident-7',
      { title: 'x' }
    )
    expect(await openSummaryEnvelope(cache, 'incident-7', sealed)).toEqual({ title: 'x' })
    await Promise.all(ids.map((id) => cache.keyFor(id)))
    expect(calls).toHaveLength(1)
    expect(cache.size()).toBe(50)
  })

  it('does not cache a missing key, and forgets everything on clear', async () => {
    const { calls, cache, rows, dataKey } = await setUp(1)
    expect(await cache.keyFor('later')).toBeUndefined()
    const made = await createIncidentKey(dataKey, 'later')
    rows.set('later', made.row)
    expect(await cache.keyFor('later')).toBeInstanceOf(CryptoKey)
    expect(calls).toHaveLength(2)
    cache.clear()
    expect(cache.size()).toBe(0)
    await cache.keyFor('later')
    expect(calls).toHaveLength(3)
  })

  it('a key row moved to another incident does not open (AAD binds the incident id)', async () => {
    const { cache, rows } = await setUp(2)
    rows.set('incident-0', { ...rows.get('incident-1')!, id: 'incident-0' })
    await expect(cache.keyFor('incident-0')).rejects.toBeInstanceOf(DamagedRecordError)
    expect(await cache.keyFor('incident-1')).toBeInstanceOf(CryptoKey)
  })
})

describe('openSummaryEnvelope', () => {
  it('opens clear, data-key (before v4) and incident-key envelopes; a gone key says so', async () => {
    const { cache, dataKey, keys, rows } = await setUp(1)
    const id = 'incident-0'
    const text = { title: 'Fuite', client: 'Client', searchText: 'fuite client' }
    expect(await openSummaryEnvelope(cache, id, { clear: text })).toEqual(text)
    expect(
      await openSummaryEnvelope(cache, id, await sealJson(dataKey, 'summaries', id, text))
    ).toEqual(text)
    const sealed = await sealWithIncidentKey(keys.get(id)!, id, 'summaries', id, text)
    expect(sealed.ik).toBe(id)
    expect(await openSummaryEnvelope(cache, id, sealed)).toEqual(text)
    // Under the incident key, the data key does not open it: no trial decryption either way.
    const { ik: _mark, ...unmarked } = sealed
    await expect(openSummaryEnvelope(cache, id, unmarked)).rejects.toBeInstanceOf(
      DamagedRecordError
    )
    // Erased: the row is gone, the key with it.
    rows.delete(id)
    cache.forget(id)
    const error = await openSummaryEnvelope(cache, id, sealed).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IncidentKeyGoneError)
    expect((error as IncidentKeyGoneError).incidentId).toBe(id)
  })
})
