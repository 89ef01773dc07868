/**
 * Connects the draft journal (intake/draft-journal.ts) to the vault: sealed while unlocked with
 * the key of the incident it belongs to (its id is the incident's: erasing the incident's key
 * shreds it too), forgotten on lock, clear only in a register without passphrase. `ik` is
 * stored beside the IV; a journal written before v4 has none and opens with the data key.
 */
import { fromBase64, isSealed, toBase64 } from '../crypto/seal'
import { vault } from '../db'
import { setJournalCipher, type JournalCipher } from '../intake/draft-journal'

const cipher: JournalCipher = {
  async seal(id, text) {
    const envelope = await vault.seal('journal', id, text, id)
    if (!isSealed(envelope)) throw new Error('The register is not encrypted.')
    return {
      iv: toBase64(envelope.iv),
      ciphertext: toBase64(envelope.ciphertext),
      ...(envelope.ik !== undefined ? { ik: envelope.ik } : {})
    }
  },
  async open(id, sealed) {
    return vault.open<string>('journal', id, {
      iv: fromBase64(sealed.iv),
      ciphertext: fromBase64(sealed.ciphertext).buffer,
      ...(sealed.ik !== undefined ? { ik: sealed.ik } : {})
    })
  }
}

let connected = false

/** Call once at start: follows the vault from then on. */
export function connectJournalToVault(): void {
  if (connected) return
  connected = true
  const follow = () => void setJournalCipher(vault.status() === 'unlocked' ? cipher : undefined)
  vault.subscribe(follow)
  follow()
}
