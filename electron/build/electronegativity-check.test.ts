import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  compare,
  parseCsv,
  parseJustifications,
  parseReport
} from '../../scripts/electronegativity-check'

// The shape of Electronegativity 1.10.3's `-o report.csv`, as it wrote it for this project.
const REPORT = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","FIRM","out/renderer/index.html","5:0","default-src 'self'; script-src 'self'","One or more CSP directives detected seems to be vulnerable",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK
SANDBOX_JS_CHECK,"MEDIUM","FIRM","electron/main/index.ts","101:15","mainWindow = new BrowserWindow({","Use sandbox for untrusted origins",https://github.com/doyensec/electronegativity/wiki/SANDBOX_JS_CHECK
`

const README = `## Security

#### Electronegativity findings

| check | file | why it is not a vulnerability |
| --- | --- | --- |
| \`CSP_GLOBAL_CHECK\` | \`out/renderer/index.html\` | 'self' is app://sentinelle, which serves the bundled files only |
| \`SANDBOX_JS_CHECK\` | \`electron/main/index.ts\` | sandbox: true is set by secureWebPreferences(), tested |

Next paragraph.
`

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    expect(parseCsv('a,"b, c","say ""hi""","x\ny"\r\n1,2,3,4\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'x\ny'],
      ['1', '2', '3', '4']
    ])
  })
})

describe('parseReport', () => {
  it('reads check, file and location by column name', () => {
    expect(parseReport(REPORT)).toEqual([
      expect.objectContaining({
        check: 'CSP_GLOBAL_CHECK',
        file: 'out/renderer/index.html',
        location: '5:0'
      }),
      expect.objectContaining({ check: 'SANDBOX_JS_CHECK', file: 'electron/main/index.ts' })
    ])
  })

  it('refuses a report without the expected columns', () => {
    expect(() => parseReport('a,b\n1,2\n')).toThrow(/no "issue" column/)
  })
})

describe('compare', () => {
  const findings = parseReport(REPORT)
  const justifications = parseJustifications(README)

  it('passes when every finding has its row', () => {
    expect(compare(findings, justifications)).toEqual({ unjustified: [], stale: [], problems: [] })
  })

  it('fails on a finding without a row, even a second one of a justified check and file', () => {
    const extra = { ...findings[1]!, location: '140:15' }
    expect(compare([...findings, extra], justifications).unjustified).toEqual([extra])
    const other = { ...findings[1]!, file: 'electron/main/other.ts' }
    expect(compare([...findings, other], justifications).unjustified).toEqual([other])
  })

  it('fails on a row the scan no longer finds', () => {
    expect(compare(findings.slice(1), justifications).stale).toEqual([justifications[0]])
  })

  it('fails on a row without a real justification', () => {
    const empty = justifications.map((row) => ({ ...row, reason: 'ok' }))
    expect(compare(findings, empty).problems).toHaveLength(2)
  })
})

describe("the README's table", () => {
  it('exists, and justifies each row', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8')
    const rows = parseJustifications(readme)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows)
      expect(row.reason.length, `${row.check} ${row.file}`).toBeGreaterThan(20)
  })
})
