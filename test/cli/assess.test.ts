/** The assess CLI, run as a child process exactly as a user would. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseIncidentFile, sampleIncidents } from '../../shared/model'

const root = resolve(import.meta.dirname, '../..')
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs')
const tmp = mkdtempSync(join(tmpdir(), 'sentinelle-assess-'))

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [tsx, 'scripts/assess.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const writeTmp = (name: string, content: string) => {
  const path = join(tmp, name)
  writeFileSync(path, content)
  return path
}

const NOW = '2026-03-13T12:00:00+01:00'

describe('npm run assess', { timeout: 60_000 }, () => {
  it('prints the whole assessment as JSON, in French by default', () => {
    const r = cli('examples/physician-ransomware.json', '--now', NOW)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    // Localized to one language throughout: no { fr, en } pair is left.
    expect(r.stdout).not.toMatch(/"(fr|en)":/)
    const a = JSON.parse(r.stdout)
    expect(a.ruleSetVersion).toMatch(/^\d{4}\.\d{2}\.\d+$/)
    expect(a.computedAt).toBe(NOW)
    expect(a.gdpr.severity.level).toBe('very_high')
    expect(a.gdpr.severity.factors.map((f: { id: string }) => f.id)).toEqual(['DPC', 'EI', 'CB'])
    expect(a.gdpr.explanation).toContain('RGPD')
    expect(a.coverage.map((c: { verdict: string }) => c.verdict)).toEqual(['excluded', 'covered'])
    expect(a.coverage[1].reasons[0].ruleId).toMatch(/^insurance\./)
    expect(typeof a.coverage[1].reasons[0].text).toBe('string')
    expect(a.deadlines.map((d: { id: string }) => d.id)).toContain('complaint.L12-10-1')
    expect(a.checklist[0].phase).toBe('contain')
    expect(a.coverageNotice).toContain('l’assureur décide')
  })

  it('speaks English with --lang en', () => {
    const r = cli('examples/physician-ransomware.json', '--lang', 'en', '--now', NOW)
    expect(r.code).toBe(0)
    const a = JSON.parse(r.stdout)
    expect(a.gdpr.explanation).toContain('Personal data are affected')
    expect(a.coverageNotice).toContain('only the insurer decides')
  })

  it('is deterministic for a given --now, and assesses every example', () => {
    const first = cli(
      'examples/accountant-misdirected-email.json',
      '--now=2026-05-08T10:00:00+02:00'
    )
    const second = cli(
      'examples/accountant-misdirected-email.json',
      '--now=2026-05-08T10:00:00+02:00'
    )
    expect(first.code).toBe(0)
    expect(second.stdout).toBe(first.stdout)
    for (const s of sampleIncidents.filter((x) => x.slug !== 'accountant-misdirected-email')) {
      const r = cli(`examples/${s.slug}.json`, '--now', NOW, '--lang', 'en')
      expect(r.code, s.slug).toBe(0)
      expect(JSON.parse(r.stdout).firedRuleIds.length).toBeGreaterThan(10)
    }
  })

  it('defaults --now to the current time', () => {
    const before = Date.now()
    const r = cli('examples/consultant-lost-laptop.json')
    expect(r.code).toBe(0)
    const at = Date.parse(JSON.parse(r.stdout).computedAt)
    expect(at).toBeGreaterThanOrEqual(before - 1000)
    expect(at).toBeLessThanOrEqual(Date.now() + 1000)
  })

  it('invalid file: exit code 2, every error on stderr with its path, nothing on stdout', () => {
    const file = structuredClone(sampleIncidents[0]!.file) as unknown as {
      incident: Record<string, unknown> & {
        data: Record<string, unknown>
        timeline: { at: string }[]
      }
      policies: Record<string, unknown>[]
    }
    file.incident.data.encryption = 'rot13'
    file.incident.timeline[0]!.at = 'hier soir'
    delete file.incident.title
    file.policies[0]!.kind = 'life'
    const path = writeTmp('invalid.json', JSON.stringify(file))
    const expected = parseIncidentFile(JSON.parse(readFileSync(path, 'utf8')))
    expect(expected.ok).toBe(false)
    if (expected.ok) return

    const r = cli(path, '--now', NOW)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trim().split('\n')
    expect(lines[0]).toBe(`Fichier d’incident invalide : ${expected.errors.length} erreurs.`)
    for (const p of [
      'incident.data.encryption',
      'incident.timeline[0].at',
      'incident.title',
      'policies[0].kind'
    ])
      expect(lines.some((l) => l.startsWith(`${p}: `))).toBe(true)
    expect(lines).toHaveLength(expected.errors.length + 1)

    const en = cli(path, '--lang', 'en', '--now', NOW)
    expect(en.code).toBe(2)
    expect(en.stdout).toBe('')
    expect(en.stderr).toContain('incident.title: Required field is missing.')
  })

  it('not JSON, or not an incident: exit code 2 and a clear message', () => {
    const notJson = cli(writeTmp('broken.json', '{ "format": "sentinelle.incident", '))
    expect(notJson.code).toBe(2)
    expect(notJson.stdout).toBe('')
    expect(notJson.stderr).toContain('pas du JSON valide')

    const other = cli(writeTmp('other.json', JSON.stringify({ format: 'something.else' })))
    expect(other.code).toBe(2)
    expect(other.stdout).toBe('')
    expect(other.stderr).toContain('n’est pas un incident Sentinelle')
  })

  it('usage errors are bad input: exit code 2 with the usage line; a missing file is an I/O error: 1', () => {
    for (const args of [
      [],
      ['examples/consultant-lost-laptop.json', '--lang', 'de'],
      ['examples/consultant-lost-laptop.json', '--now', '2026-03-13'],
      ['examples/consultant-lost-laptop.json', '--now', '2026-02-30T10:00:00+01:00'],
      // Out of the years the schema accepts.
      ['examples/consultant-lost-laptop.json', '--now', '0026-03-13T10:00:00Z']
    ]) {
      const r = cli(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain('Usage')
    }
    // Worded in French by default, in English with --lang en.
    expect(cli('examples/consultant-lost-laptop.json', '--bogus').stderr).toContain(
      'option inconnue --bogus'
    )
    expect(cli('examples/consultant-lost-laptop.json', '--bogus', '--lang', 'en').stderr).toContain(
      'unknown option --bogus'
    )
    const missing = cli('missing-file.json')
    expect(missing.code).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toContain('missing-file.json')
  })

  it('works through npm run -s assess, propagating the exit code', () => {
    const npm = (...args: string[]) =>
      spawnSync('npm', ['run', '-s', 'assess', '--', ...args], { cwd: root, encoding: 'utf8' })
    const ok = npm('examples/consultant-lost-laptop.json', '--now', NOW)
    expect(ok.status).toBe(0)
    expect(JSON.parse(ok.stdout).ruleSetVersion).toBeDefined()
    const bad = npm(writeTmp('empty.json', '{}'))
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
  })
})
