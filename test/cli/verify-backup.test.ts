/** The verify-backup CLI, run as a child process exactly as a user would. */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { createBackup, exportCaseFile } from '../../renderer/src/db/backup-store'
import { openTestDb, seedRegister } from '../../renderer/src/db/backup-test-support'
import { vaultOf } from '../../renderer/src/db/vault'

const root = resolve(import.meta.dirname, '../..')
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs')
const tmp = mkdtempSync(join(tmpdir(), 'sentinelle-verify-'))

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [tsx, 'scripts/verify-backup.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const writeTmp = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name)
  writeFileSync(path, content)
  return path
}

const PASS = 'phrase du registre pour la CLI'
const files: Record<string, string> = {}

describe('npm run verify-backup', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const { db, repo } = await openTestDb()
    const ids = await seedRegister(repo, 6, { attachEvery: 2 })
    const clear = new Uint8Array(await (await createBackup(db)).blob.arrayBuffer())
    files.clear = writeTmp('clear.sentinelle-backup', clear)
    const corrupted = clear.slice()
    corrupted[corrupted.length - 3]! ^= 0xff
    files.corrupted = writeTmp('corrupted.sentinelle-backup', corrupted)
    files.truncated = writeTmp('truncated.sentinelle-backup', clear.slice(0, 500))
    // One more erased incident, its Art. 33(5) register entry kept; and one conflict: a second
    // save from the same base revision is refused and both versions are kept to settle.
    await repo.deleteIncident(ids[3]!)
    await repo.purgeIncident(ids[3]!, { keepArt33Entry: true })
    const { incident, index } = (await repo.getIncident(ids[1]!))!
    await repo.saveIncident({ ...incident, title: 'Version A' }, { baseRev: index.rev })
    await expect(
      repo.saveIncident({ ...incident, title: 'Version B' }, { baseRev: index.rev })
    ).rejects.toMatchObject({ detail: { kind: 'conflict' } })
    expect(await db.conflicts.count()).toBe(1)
    files.kept = writeTmp(
      'kept.sentinelle-backup',
      new Uint8Array(await (await createBackup(db)).blob.arrayBuffer())
    )
    const sealedCase = await exportCaseFile(db, ids[0]!, { passphrase: PASS, iterations: 1_000 })
    files.case = writeTmp(
      'case.sentinelle-case',
      new Uint8Array(await sealedCase.blob.arrayBuffer())
    )
    await vaultOf(db).setUp(PASS)
    const sealed = new Uint8Array(await (await createBackup(db)).blob.arrayBuffer())
    files.sealed = writeTmp('sealed.sentinelle-backup', sealed)
    files.pass = writeTmp('pass.txt', `${PASS}\n`)
    files.wrong = writeTmp('wrong.txt', 'pas la bonne\n')
  }, 120_000)

  it('0 and a report with counts for a sound clear backup', () => {
    const r = cli(files.clear!, '--lang', 'en')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Kind: register backup')
    expect(r.stdout).toContain('Content: 5 incident(s), 3 attachment(s)')
    expect(r.stdout).toContain('Result: OK')
  })

  it('says how many conflicts and kept Art. 33(5) entries a backup holds', () => {
    const before = cli(files.clear!, '--lang', 'en')
    expect(before.stdout).toContain(
      'Also: 0 conflict(s) between two versions to settle, 0 register entr(y/ies) (GDPR Art. 33(5)) kept after erasure'
    )
    const kept = cli(files.kept!, '--lang', 'fr')
    expect(kept.code, kept.stderr).toBe(0)
    expect(kept.stdout).toContain(
      'À savoir : 1 conflit(s) entre deux versions à trancher, 1 entrée(s) du registre (art. 33.5 RGPD) conservée(s) après effacement'
    )
    const keptEn = cli(files.kept!, '--lang', 'en')
    expect(keptEn.stdout).toContain(
      'Also: 1 conflict(s) between two versions to settle, 1 register entr(y/ies) (GDPR Art. 33(5)) kept after erasure'
    )
  })

  it('0 for an encrypted backup opened with its passphrase file, and for a sealed case file', () => {
    const sealed = cli(files.sealed!, '--passphrase-file', files.pass!)
    expect(sealed.code).toBe(0)
    expect(sealed.stdout).toContain('ouvert avec le secret fourni')
    const sealedCase = cli(files.case!, '--passphrase-file', files.pass!, '--lang', 'en')
    expect(sealedCase.code).toBe(0)
    expect(sealedCase.stdout).toContain('Kind: case file')
  })

  it('2 for a wrong passphrase, a corrupted or a truncated file, without a stack trace', () => {
    for (const args of [
      [files.sealed!, '--passphrase-file', files.wrong!],
      [files.case!, '--passphrase-file', files.wrong!],
      [files.corrupted!],
      [files.truncated!],
      [files.pass!]
    ]) {
      const r = cli(...args, '--lang', 'en')
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toContain('Result: FAILED')
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('1 for a missing file, a directory, a FIFO (refused, not waited on) or a bad option', () => {
    const fifo = join(tmp, 'fifo')
    execFileSync('mkfifo', [fifo])
    for (const args of [[join(tmp, 'absent')], [tmp], [fifo], ['--nope', files.clear!], []]) {
      const r = cli(...args)
      expect(r.code, args.join(' ')).toBe(1)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
  })
})
