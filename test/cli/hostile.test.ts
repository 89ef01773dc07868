/**
 * assess and render against hostile input, run as child processes exactly as a user would: a FIFO,
 * a device, a directory, a huge or deep or non-UTF-8 file, escape sequences in values, a symbolic
 * link planted in --out, a disk that fills up mid-way. Every case ends with one clear message, the
 * documented exit code (2 bad input, 1 I/O), never a stack trace and never a half-written set.
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

import { describe, expect, it } from 'vitest'

import { INPUT_LIMITS, sampleIncidents } from '../../shared/model'

const root = resolve(import.meta.dirname, '../..')
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs')
const tmp = mkdtempSync(join(tmpdir(), 'sentinelle-hostile-'))
const NOW = '2026-03-13T12:00:00+01:00'
const sample = JSON.stringify(sampleIncidents[0]!.file)

type Run = { code: number | null; stdout: string; stderr: string }
const run = (script: 'assess' | 'render', args: string[], env: NodeJS.ProcessEnv = {}): Run => {
  const r = spawnSync(process.execPath, [tsx, `scripts/${script}.ts`, ...args], {
    cwd: root,
    encoding: 'utf8',
    // A CLI that waited on a FIFO would hang: fail the test instead.
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', ...env }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const assessCli = (...args: string[]) => run('assess', [...args, '--now', NOW])
const renderCli = (input: string, out: string, env: NodeJS.ProcessEnv = {}) =>
  run('render', [input, '--out', out, '--now', NOW], env)

const file = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name)
  writeFileSync(path, content)
  return path
}

/** Clean failure: the exit code, nothing on stdout, no stack trace, no escape character. */
const expectCleanFailure = (r: Run, code: 1 | 2) => {
  expect(r.code, r.stderr).toBe(code)
  expect(r.stdout).toBe('')
  expect(r.stderr.length).toBeGreaterThan(0)
  expect(r.stderr).not.toMatch(/\n\s+at /)
  // eslint-disable-next-line no-control-regex
  expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
  for (const line of r.stderr.split('\n')) expect(line.length).toBeLessThanOrEqual(420)
}

describe('assess with hostile input', { timeout: 120_000 }, () => {
  it('accepts a UTF-8 BOM', () => {
    const r = assessCli(file('bom.json', `\ufeff${sample}`))
    expect(r.code, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout).ruleSetVersion).toBeDefined()
  })

  it('refuses a FIFO at once (never waits for a writer), a device and a directory: exit 2', () => {
    const fifo = join(tmp, 'fifo.json')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    for (const path of [fifo, '/dev/zero', tmp]) {
      const r = assessCli(path)
      expectCleanFailure(r, 2)
      expect(r.stderr).toMatch(/n’est pas un fichier ordinaire \((FIFO|device|directory)\)/)
    }
  })

  it('refuses a file over the size limit before reading it: exit 2', () => {
    const huge = file('huge.json', '')
    truncateSync(huge, INPUT_LIMITS.maxFileBytes + 1)
    const r = assessCli(huge, '--lang', 'en')
    expectCleanFailure(r, 2)
    expect(r.stderr).toContain('File too large')
  })

  it('refuses bytes that are not UTF-8, JSON nested too deep, a list too long: exit 2', () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['latin1.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]), /not UTF-8/],
      ['deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /Nested too deep/],
      [
        'long-list.json',
        sample.replace('"timeline":[', `"timeline":[${'{},'.repeat(INPUT_LIMITS.maxArrayItems)}`),
        /List too long/
      ]
    ]
    for (const [name, content, message] of cases) {
      const r = assessCli(file(name, content), '--lang', 'en')
      expectCleanFailure(r, 2)
      expect(r.stderr).toMatch(message)
    }
  })

  it('never echoes control or escape characters, and cuts long values', () => {
    const hostile = JSON.parse(sample)
    hostile.incident['\u001b[2J\u001b[31mpwned\u0007'] = 1
    hostile.incident.timeline[0].id = hostile.incident.timeline[1]?.id ?? 'x'
    hostile.incident.cause.detail = `\u202e${'x'.repeat(5000)}`
    const r = assessCli(file('escape.json', JSON.stringify(hostile)))
    expectCleanFailure(r, 2)
    expect(r.stderr).toContain('pwned')
    expect(r.stderr).toContain('…')
    // Not JSON, with an escape character V8 would quote back in its message.
    const broken = assessCli(file('escape-broken.json', '{"a": "\u001b[31m'))
    expectCleanFailure(broken, 2)
  })

  it('a missing file is an I/O error: exit 1', () => {
    expectCleanFailure(assessCli(join(tmp, 'absent.json')), 1)
  })
})

describe('render with hostile input and output', { timeout: 180_000 }, () => {
  const input = file('render-input.json', `\ufeff${sample}`)

  it('validates --out: empty, a file, a symbolic link, not writable: exit 2, nothing written', () => {
    const aFile = file('not-a-dir', 'x')
    const realDir = join(tmp, 'real-dir')
    mkdirSync(realDir)
    const link = join(tmp, 'link-dir')
    symlinkSync(realDir, link)
    for (const out of ['', aFile, link]) {
      const r = renderCli(input, out)
      expectCleanFailure(r, 2)
    }
    expect(readdirSync(realDir)).toEqual([])
    // Not writable: injected (CI runs as root, for whom every directory is writable).
    const denied = renderCli(input, realDir, {
      NODE_OPTIONS: `--import=${pathToFileURL(join(root, 'test/cli/fail-write.mjs')).href}`,
      SENTINELLE_DENY_WRITE: realDir
    })
    expectCleanFailure(denied, 2)
    // French by default (as the documents), English with --lang en.
    expect(denied.stderr).toContain('n’est pas accessible en écriture')
    const deniedEn = run('render', [input, '--out', realDir, '--now', NOW, '--lang', 'en'], {
      NODE_OPTIONS: `--import=${pathToFileURL(join(root, 'test/cli/fail-write.mjs')).href}`,
      SENTINELLE_DENY_WRITE: realDir
    })
    expectCleanFailure(deniedEn, 2)
    expect(deniedEn.stderr).toContain('is not writable')
    expect(readdirSync(realDir)).toEqual([])
  })

  it('never writes through a symbolic link planted in --out; files are 0600', () => {
    const out = join(tmp, 'planted')
    const first = renderCli(input, out)
    expect(first.code, first.stderr).toBe(0)
    const names = readdirSync(out)
    expect(names.length).toBeGreaterThan(3)
    // Replace one document by a link to a file outside --out.
    const victim = file('victim.txt', 'do not overwrite')
    const target = join(out, names[0]!)
    rmSync(target)
    symlinkSync(victim, target)
    const second = renderCli(input, out)
    expect(second.code, second.stderr).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('do not overwrite')
    expect(lstatSync(target).isSymbolicLink()).toBe(false)
    for (const name of readdirSync(out)) {
      expect(name.startsWith('.'), name).toBe(false)
      expect(lstatSync(join(out, name)).mode & 0o777).toBe(0o600)
    }
  })

  it('argument errors are worded in the language asked for, French by default', () => {
    const fr = run('render', [input, '--bogus', '--out', join(tmp, 'unused')])
    expectCleanFailure(fr, 2)
    expect(fr.stderr).toContain('option inconnue --bogus')
    expect(fr.stderr).toContain('Usage :')
    const en = run('render', [input, '--bogus', '--out', join(tmp, 'unused'), '--lang', 'en'])
    expectCleanFailure(en, 2)
    expect(en.stderr).toContain('unknown option --bogus')
    expect(existsSync(join(tmp, 'unused'))).toBe(false)
  })

  it('a write that fails mid-set (disk full on the 3rd file) leaves the old set intact: exit 1', () => {
    const out = join(tmp, 'full-disk')
    const first = renderCli(input, out)
    expect(first.code, first.stderr).toBe(0)
    const before = new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]))
    // The same incident, changed, so that the new documents differ from the old ones.
    const changed = JSON.parse(sample)
    changed.incident.narrative = `${changed.incident.narrative} Mise à jour.`
    const failing = renderCli(file('render-changed.json', JSON.stringify(changed)), out, {
      NODE_OPTIONS: `--import=${pathToFileURL(join(root, 'test/cli/fail-write.mjs')).href}`,
      SENTINELLE_FAIL_WRITE_AT: '3'
    })
    expectCleanFailure(failing, 1)
    expect(failing.stderr).toContain('ENOSPC')
    expect(readdirSync(out).sort()).toEqual([...before.keys()].sort())
    for (const [name, bytes] of before)
      expect(readFileSync(join(out, name)).equals(bytes)).toBe(true)
    expect(existsSync(join(out, [...before.keys()][0]!))).toBe(true)
  })
})
