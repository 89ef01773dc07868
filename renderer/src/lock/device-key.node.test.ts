/**
 * "Remember the key on this device" against a real (fake-indexeddb) register and an in-memory
 * stand-in for main's key store: on, off, start-up unlock, and what it never does.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'

import type { DeviceKeyBridge } from '@shared/ipc-contract'

import { createRepository, type Repository } from '../db/repository'
import { openSentinelleDb, type SentinelleDb } from '../db/schema'
import { vaultOf, type KeyringMetaRow, type Vault } from '../db/vault'
import { forgetKeyOnDevice, rememberKeyOnDevice, unlockWithRememberedKey } from './device-key'

const PASS = 'une phrase secrète assez longue'

function memoryBridge(available = true) {
  const state: { key: Uint8Array | null } = { key: null }
  const bridge: DeviceKeyBridge = {
    status: () => Promise.resolve({ available, remembered: state.key !== null }),
    remember: (key) => {
      if (!available) return Promise.resolve({ ok: false, message: 'no key store' })
      state.key = new Uint8Array(key)
      return Promise.resolve({ ok: true })
    },
    recall: () => Promise.resolve(state.key),
    forget: () => {
      state.key = null
      return Promise.resolve()
    }
  }
  return { bridge, state }
}

let db: SentinelleDb
let vault: Vault
let repo: Repository
let incidentId: string

async function open(name: string) {
  db = await openSentinelleDb({ name, appVersion: '0.2.0' })
  vault = vaultOf(db, { keyring: { iterations: 1_000 } })
  repo = createRepository(db)
  await repo.ready()
}

async function restart() {
  db.close()
  await open(db.name)
}

const keyring = async () => ((await db.meta.get('keyring')) as KeyringMetaRow).keyring

beforeEach(async () => {
  await open(`device-${crypto.randomUUID()}`)
  incidentId = await repo.createDraftIncident({ timeZone: 'Europe/Paris' })
  await vault.setUp(PASS)
})
afterEach(async () => {
  db.close()
  await db.delete()
})

it('is off by default; once on, the register opens at start with the remembered key', async () => {
  const { bridge, state } = memoryBridge()
  expect(vault.rememberedOnDevice).toBe(false)
  expect(await rememberKeyOnDevice(vault, bridge, PASS)).toEqual({ ok: true })
  expect(state.key).toHaveLength(32)
  expect((await keyring()).device).toBeDefined()
  await restart()
  expect(vault.status()).toBe('locked')
  expect(await unlockWithRememberedKey(vault, bridge)).toBe(true)
  expect(vault.status()).toBe('unlocked')
  expect((await repo.getIncident(incidentId))?.incident.id).toBe(incidentId)
  // Still works after a passphrase change (the data key did not change).
  expect((await vault.changePassphrase({ passphrase: PASS }, 'une autre phrase longue')).ok).toBe(
    true
  )
  await restart()
  expect(await unlockWithRememberedKey(vault, bridge)).toBe(true)
})

it('asks for the passphrase to turn it on; a wrong one stores nothing anywhere', async () => {
  const { bridge, state } = memoryBridge()
  expect(await rememberKeyOnDevice(vault, bridge, 'pas la bonne phrase')).toEqual({
    ok: false,
    reason: 'wrong-secret'
  })
  expect(state.key).toBeNull()
  expect((await keyring()).device).toBeUndefined()
})

it('without a usable key store, nothing changes', async () => {
  const { bridge } = memoryBridge(false)
  expect(await rememberKeyOnDevice(vault, bridge, PASS)).toMatchObject({
    ok: false,
    reason: 'unavailable'
  })
  expect((await keyring()).device).toBeUndefined()
})

it('turned off, the remembered key opens nothing and is gone from the key store', async () => {
  const { bridge, state } = memoryBridge()
  await rememberKeyOnDevice(vault, bridge, PASS)
  const remembered = state.key!
  await forgetKeyOnDevice(vault, bridge)
  expect(state.key).toBeNull()
  expect((await keyring()).device).toBeUndefined()
  await restart()
  expect(await unlockWithRememberedKey(vault, bridge)).toBe(false)
  // Even the old device key, kept by someone, no longer opens the keyring.
  expect(await vault.unlockWithDeviceKey(remembered)).toBe(false)
  expect(vault.status()).toBe('locked')
})

it('a device key that does not fit leaves the register locked and does not slow the passphrase', async () => {
  const { bridge, state } = memoryBridge()
  await rememberKeyOnDevice(vault, bridge, PASS)
  await restart()
  for (let i = 0; i < 5; i++) {
    state.key = crypto.getRandomValues(new Uint8Array(32))
    expect(await unlockWithRememberedKey(vault, bridge)).toBe(false)
  }
  expect(vault.status()).toBe('locked')
  expect(await vault.unlock(PASS)).toEqual({ ok: true })
})
