/**
 * Connects the draft journal (intake/draft-journal.ts) to the vault: sealed with the register's
 * key while unlocked, forgotten on lock, clear only in a register without passphrase.
 */
import { fromBase64, isSealed, toBase64 } from '../crypto/seal'
import { vault } from '../db'
import { setJournalCipher, type JournalCipher } from '../intake/draft-journal'

const cipher: JournalCipher = {
  async seal(id, text) {
    const envelope = await vault.seal('journal', id, text)
    if (!isSealed(envelope)) throw new Error('The register is not encrypted.')
    return { iv: toBase64(envelope.iv), ciphertext: toBase64(envelope.ciphertext) }
  },
  async open(id, sealed) {
    return vault.open<string>('journal', id, {
      iv: fromBase64(sealed.iv),
      ciphertext: fromBase64(sealed.ciphertext).buffer
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
