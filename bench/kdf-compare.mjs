/**
 * PBKDF2 (WebCrypto) against Argon2id (hash-wasm, @noble/hashes), for the README's choice.
 * The Argon2id libraries are not project dependencies: install them without saving first,
 *   npm install --no-save --ignore-scripts hash-wasm@4 @noble/hashes@1.8
 *   node bench/kdf-compare.mjs
 * A library that is missing is reported and skipped.
 */
import { webcrypto as crypto } from 'node:crypto'

const salt = crypto.getRandomValues(new Uint8Array(16))
const pass = 'correct horse battery staple'

async function time(label, fn, runs = 3) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const all = times.map((t) => t.toFixed(0)).join(' ')
  console.log(`${label}: median ${times[Math.floor(runs / 2)].toFixed(0)} ms (${all})`)
}

const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(pass), 'PBKDF2', false, [
  'deriveBits'
])
for (const iterations of [600_000, 1_000_000]) {
  await time(`PBKDF2-SHA-256 ${iterations}`, () =>
    crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256)
  )
}
try {
  const { argon2id } = await import('hash-wasm')
  for (const [memorySize, iterations] of [
    [19_456, 2],
    [65_536, 3]
  ]) {
    await time(`Argon2id hash-wasm m=${memorySize} KiB t=${iterations}`, () =>
      argon2id({
        password: pass,
        salt,
        parallelism: 1,
        iterations,
        memorySize,
        hashLength: 32,
        outputType: 'binary'
      })
    )
  }
} catch {
  console.log('hash-wasm not installed: skipped')
}
try {
  const { argon2id } = await import('@noble/hashes/argon2')
  await time(
    'Argon2id @noble/hashes m=19456 KiB t=2',
    () => argon2id(pass, salt, { t: 2, m: 19_456, p: 1, dkLen: 32 }),
    1
  )
} catch {
  console.log('@noble/hashes/argon2 not available: skipped')
}
