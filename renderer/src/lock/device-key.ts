/**
 * "Remember the key on this device" (Electron only, off by default). Main keeps a random device
 * key in the OS key store (safeStorage); the keyring keeps the data key wrapped by it. Turning
 * it on asks for the passphrase again; at start (never after a lock on demand or by the idle
 * timer) the remembered key opens the register without the passphrase.
 */
import type { DeviceKeyBridge } from '@shared/ipc-contract'

import { newDeviceKey } from '../crypto/keys'
import type { Vault } from '../db'
import { getBridge } from '../platform/bridge'

/** The Electron bridge's device-key API; undefined in a browser (the option is not shown). */
export function deviceKeyBridge(): DeviceKeyBridge | undefined {
  return getBridge().deviceKey
}

export type RememberResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-secret' | 'unavailable'; message?: string }
  | { ok: false; reason: 'wait'; retryInMs: number }

export async function rememberKeyOnDevice(
  vault: Vault,
  bridge: DeviceKeyBridge,
  passphrase: string
): Promise<RememberResult> {
  const deviceKey = newDeviceKey()
  // The OS key store first: a wrap in the keyring with no key to open it would be useless.
  const stored = await bridge.remember(deviceKey)
  if (!stored.ok) return { ok: false, reason: 'unavailable', message: stored.message }
  const wrapped = await vault.rememberOnDevice(passphrase, deviceKey)
  if (!wrapped.ok) {
    await bridge.forget()
    return wrapped
  }
  return { ok: true }
}

export async function forgetKeyOnDevice(vault: Vault, bridge: DeviceKeyBridge): Promise<void> {
  await vault.forgetDevice()
  await bridge.forget()
}

/**
 * At start only: opens the register with the remembered key. Returns false when there is none
 * or it does not fit (the unlock screen then asks for the passphrase as usual).
 */
export async function unlockWithRememberedKey(
  vault: Vault,
  bridge: DeviceKeyBridge
): Promise<boolean> {
  await vault.load()
  if (!vault.rememberedOnDevice || vault.status() !== 'locked') return false
  const deviceKey = await bridge.recall()
  if (!deviceKey) return false
  return vault.unlockWithDeviceKey(deviceKey)
}
