/**
 * CI gate for Electronegativity (Doyensec's scanner of Electron anti-patterns):
 *
 *   npx --yes -p @doyensec/electronegativity@1.10.3 electronegativity -i . -e <electron> -r -o report.sarif
 *   npx tsx scripts/electronegativity-check.ts report.sarif
 *
 * SARIF, not CSV: 1.10.3 writes its CSV header and its rows with two concurrent fs.writeFile
 * calls, so the header may land over the first row (seen in CI: the first finding's check id
 * and file were gone). Its SARIF report is one write. A CSV report is still read (`.csv`), and
 * refused when a row does not start with a check id.
 *
 * Run it after `npm run build`: the scanner also reads out/, what actually ships.
 * Every finding must be listed, with why it is not a vulnerability, in the README's table
 * "Electronegativity findings" (section Security): one row per finding, keyed by check and file.
 * Exit 1 on a finding without its row, and on a row without its finding (a stale justification,
 * or a scanner that silently read nothing).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export type Finding = { check: string; file: string; location: string; description: string }
export type Justification = { check: string; file: string; reason: string }

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1
      row.push(field)
      if (row.some((cell) => cell.trim() !== '')) rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  row.push(field)
  if (row.some((cell) => cell.trim() !== '')) rows.push(row)
  return rows
}

/** The findings of Electronegativity's CSV report (`-o report.csv`). */
export function parseReport(csv: string): Finding[] {
  const [header, ...rows] = parseCsv(csv)
  const columns = (header ?? []).map((name) => name.trim().toLowerCase())
  const at = (name: string) => {
    const index = columns.indexOf(name)
    if (index === -1) throw new Error(`Electronegativity report: no "${name}" column`)
    return index
  }
  const [check, file, location, description] = ['issue', 'filename', 'location', 'description'].map(
    at
  ) as [number, number, number, number]
  for (const row of rows) {
    if (!/^[A-Z][A-Z0-9_]*_CHECK$/.test((row[check] ?? '').trim()))
      throw new Error(
        `Electronegativity report: a row without its check id (the header written over it?): ${JSON.stringify(row.join(',').slice(0, 120))}`
      )
  }
  return rows.map((row) => ({
    check: (row[check] ?? '').trim(),
    file: (row[file] ?? '').trim().replaceAll('\\', '/'),
    location: (row[location] ?? '').trim(),
    description: (row[description] ?? '').trim()
  }))
}

type Sarif = {
  runs?: {
    results?: {
      ruleId?: string
      message?: { text?: string }
      locations?: {
        physicalLocation?: {
          artifactLocation?: { uri?: string }
          region?: { startLine?: number; startColumn?: number }
        }
      }[]
    }[]
  }[]
}

/** The findings of Electronegativity's SARIF report (`-o report.sarif`). */
export function parseSarifReport(json: string): Finding[] {
  const report = JSON.parse(json) as Sarif
  if (!Array.isArray(report.runs)) throw new Error('Electronegativity report: no SARIF runs')
  return report.runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const where = result.locations?.[0]?.physicalLocation
      const region = where?.region
      return {
        check: (result.ruleId ?? '').trim(),
        file: (where?.artifactLocation?.uri ?? '').trim().replaceAll('\\', '/'),
        // As the CSV gives it: line, then the 0-based column.
        location: `${region?.startLine ?? 0}:${(region?.startColumn ?? 1) - 1}`,
        description: (result.message?.text ?? '').trim()
      }
    })
  )
}

/** A report by its file name: SARIF (`.sarif`), else CSV. */
export function parseAnyReport(path: string, text: string): Finding[] {
  return path.endsWith('.sarif') ? parseSarifReport(text) : parseReport(text)
}

const TABLE_HEADING = 'Electronegativity findings'

/**
 * The justification table of the README: the first Markdown table after a heading named
 * "Electronegativity findings", with columns check | file | why. Code spans are unwrapped.
 */
export function parseJustifications(markdown: string): Justification[] {
  const lines = markdown.split(/\r?\n/)
  const heading = lines.findIndex((line) => /^#+\s/.test(line) && line.includes(TABLE_HEADING))
  if (heading === -1) throw new Error(`README: no "${TABLE_HEADING}" heading`)
  const start = lines.findIndex((line, index) => index > heading && line.startsWith('|'))
  if (start === -1) throw new Error(`README: no table under "${TABLE_HEADING}"`)
  const table: string[] = []
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break
    table.push(line)
  }
  const cells = (line: string) =>
    line
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((cell) => cell.trim().replace(/^`(.*)`$/, '$1'))
  return table
    .slice(2) // header and separator
    .map(cells)
    .map(([check = '', file = '', reason = '']) => ({ check, file, reason }))
}

export type Verdict = { unjustified: Finding[]; stale: Justification[]; problems: string[] }

/**
 * A row's file may hold `*` for the content hash of a built chunk (`out/renderer/assets/x-*.js`):
 * the hash changes with every change of the chunk, the code the row justifies does not.
 */
export function fileMatches(pattern: string, file: string): boolean {
  if (!pattern.includes('*')) return pattern === file
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')
  return new RegExp(`^${escaped}$`).test(file)
}

/** Pairs each finding with one row of the table (same check, same file). */
export function compare(findings: Finding[], justifications: Justification[]): Verdict {
  const problems: string[] = []
  for (const row of justifications) {
    if (row.reason.length < 20) {
      problems.push(`the row ${row.check} ${row.file} gives no real justification`)
    }
  }
  const unused = [...justifications]
  const unjustified: Finding[] = []
  for (const finding of findings) {
    const index = unused.findIndex(
      (row) => row.check === finding.check && fileMatches(row.file, finding.file)
    )
    if (index === -1) unjustified.push(finding)
    else unused.splice(index, 1)
  }
  return { unjustified, stale: unused, problems }
}

function main(argv: string[]): number {
  const [reportPath, readmePath = 'README.md'] = argv
  if (reportPath === undefined) {
    console.error(
      'Usage: tsx scripts/electronegativity-check.ts <report.sarif|report.csv> [README.md]'
    )
    return 1
  }
  const findings = parseAnyReport(reportPath, readFileSync(reportPath, 'utf8'))
  const { unjustified, stale, problems } = compare(
    findings,
    parseJustifications(readFileSync(readmePath, 'utf8'))
  )
  console.log(`Electronegativity: ${findings.length} finding(s)`)
  for (const finding of findings) {
    const ok = !unjustified.includes(finding)
    console.log(
      `  ${ok ? 'justified ' : 'NEW       '} ${finding.check} ${finding.file}:${finding.location}`
    )
  }
  for (const finding of unjustified) {
    problems.push(
      `${finding.check} in ${finding.file}:${finding.location} (${finding.description}): ` +
        'fix it, or justify it in the README table "Electronegativity findings"'
    )
  }
  for (const row of stale) {
    problems.push(
      `the README justifies ${row.check} in ${row.file}, which the scan no longer finds`
    )
  }
  if (problems.length > 0) {
    console.error(`\nElectronegativity check FAILED:\n- ${problems.join('\n- ')}`)
    return 1
  }
  console.log('Electronegativity check passed: every finding is justified in the README.')
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2))
}
