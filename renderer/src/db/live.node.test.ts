// @vitest-environment node
/**
 * The live register's setting watch (./live.ts watchSetting, behind ./start.ts useSetting): made
 * while the database is still closed (the first screen subscribes before the open), it reads the
 * setting once open, follows its writes, and stops when asked. (Under fake-indexeddb a query
 * started before the open also works: the 'ready' gate itself is covered by the e2e starts.)
 */
import { describe, expect, it, vi } from 'vitest'

import { db, openDatabase, repository, watchSetting } from './live'

describe('watchSetting', () => {
  it('made before the open: reads once open, then follows the writes; stops when asked', async () => {
    const seen: unknown[] = []
    const errors: unknown[] = []
    const stop = watchSetting(
      'idleLockMinutes',
      (value) => seen.push(value),
      (error) => errors.push(error)
    )
    expect(db.isOpen()).toBe(false)
    expect(await openDatabase()).toEqual({ ok: true })
    await vi.waitFor(() => expect(seen).toEqual([undefined]))
    await repository.setSetting('idleLockMinutes', 5)
    await vi.waitFor(() => expect(seen.at(-1)).toBe(5))
    stop()
    const before = seen.length
    await repository.setSetting('idleLockMinutes', 7)
    await new Promise((done) => setTimeout(done, 100))
    expect(seen.length).toBe(before)
    expect(errors).toEqual([])
  })
})
