// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { NOW, unicodeIncident } from './fixtures'
import { ROOT, readPdf } from './helpers'

const CLI = join(ROOT, 'out/cli/render.mjs')

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 })
}

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'sentinelle-cli-'))
}

beforeAll(async () => {
  // The test runs the bundle users run (`npm run render`), built fresh from the sources.
  const { buildCli } = (await import(join(ROOT, 'scripts/build-cli.mjs'))) as {
    buildCli: () => Promise<void>
  }
  await buildCli()
}, 60_000)

describe('render CLI', () => {
  it('writes the declaration and the report per policy concerned, the checklist, the draft and the letters', async () => {
    const dir = temp()
    const input = join(dir, 'incident.json')
    writeFileSync(input, JSON.stringify(unicodeIncident()))
    const out = join(dir, 'out')
    const result = run([input, '--out', out, '--lang', 'en', '--now', NOW])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const printed = result.stdout.trim().split('\n')
    expect(printed.map((path) => path.slice(out.length + 1))).toEqual([
      '2026-11-25_INC-0042_declaration_AXA.pdf',
      '2026-11-25_INC-0042_assessment-report_AXA.pdf',
      '2026-11-25_INC-0042_declaration_Mutuelle-Exemple.pdf',
      '2026-11-25_INC-0042_assessment-report_Mutuelle-Exemple.pdf',
      '2026-11-25_INC-0042_checklist.pdf',
      '2026-11-25_INC-0042_draft-notification-CNIL.pdf',
      ...['letter-persons', 'public-communication', 'deletion-request', 'letter-clients'].flatMap(
        (letter) => [`2026-11-25_INC-0042_${letter}.pdf`, `2026-11-25_INC-0042_${letter}.docx`]
      )
    ])
    expect(readdirSync(out).sort()).toEqual(
      printed.map((path) => path.slice(out.length + 1)).sort()
    )
    const pdf = await readPdf(new Uint8Array(readFileSync(printed[0]!)))
    expect(pdf.text).toContain('Claim declaration')
    expect(pdf.text).toContain('Łukasz Żółć-Øster')
  }, 60_000)

  it('writes the same bytes in two fresh processes for the same input and --now', () => {
    const dir = temp()
    const input = join(dir, 'incident.json')
    writeFileSync(input, JSON.stringify(unicodeIncident()))
    const first = run([input, '--out', join(dir, 'a'), '--now', NOW])
    const second = run([input, '--out', join(dir, 'b'), '--now', NOW])
    expect([first.status, second.status]).toEqual([0, 0])
    const names = readdirSync(join(dir, 'a')).sort()
    expect(readdirSync(join(dir, 'b')).sort()).toEqual(names)
    for (const name of names)
      expect(readFileSync(join(dir, 'b', name)).equals(readFileSync(join(dir, 'a', name)))).toBe(
        true
      )
  }, 60_000)

  it('rejects an invalid incident with exit code 2, the errors, and writes nothing', () => {
    const dir = temp()
    const input = join(dir, 'bad.json')
    const file = unicodeIncident() as unknown as { incident: Record<string, unknown> }
    file.incident.timeZone = 'Mars/Olympus'
    file.incident.reference = ''
    writeFileSync(input, JSON.stringify(file))
    const out = join(dir, 'out')
    const result = run([input, '--out', out, '--now', NOW])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('incident.timeZone')
    expect(result.stderr).toContain('incident.reference')
    expect(result.stdout).toBe('')
    expect(existsSync(out)).toBe(false)
  }, 60_000)

  it('rejects unreadable JSON and bad options with exit code 2', () => {
    const dir = temp()
    const input = join(dir, 'broken.json')
    writeFileSync(input, '{ not json')
    expect(run([input, '--out', join(dir, 'o')]).status).toBe(2)
    const good = join(dir, 'good.json')
    writeFileSync(good, JSON.stringify(unicodeIncident()))
    const badLang = run([good, '--out', join(dir, 'o'), '--lang', 'de'])
    expect(badLang.status).toBe(2)
    expect(badLang.stderr).toContain('--lang')
    const badNow = run([good, '--out', join(dir, 'o'), '--now', 'yesterday'])
    expect(badNow.status).toBe(2)
    expect(run([good]).status).toBe(2)
    expect(existsSync(join(dir, 'o'))).toBe(false)
  }, 60_000)
})
