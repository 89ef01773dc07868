/** docs/incident.schema.json, docs/rules.md and examples/*.json must equal what the code generates. */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { generatedFiles } from '../../scripts/generate-docs'
import { parseIncidentFile, sampleIncidents } from '../../shared/model'
import { RULES } from '../../shared/rules'

const root = resolve(import.meta.dirname, '../..')

describe('generated documentation (npm run generate:docs)', () => {
  it('the committed files equal the generated ones', async () => {
    const files = await generatedFiles()
    for (const [path, text] of files)
      expect(readFileSync(resolve(root, path), 'utf8'), path).toBe(text)
  })

  it('has at least three examples, all valid, all samples', () => {
    const examples = readdirSync(resolve(root, 'examples')).filter((f) => f.endsWith('.json'))
    expect(examples.length).toBeGreaterThanOrEqual(3)
    expect(examples.sort()).toEqual(sampleIncidents.map((s) => `${s.slug}.json`).sort())
    for (const f of examples) {
      const r = parseIncidentFile(JSON.parse(readFileSync(resolve(root, 'examples', f), 'utf8')))
      expect(r.ok, f).toBe(true)
    }
  })

  it('docs/rules.md lists every rule id exactly once', () => {
    const md = readFileSync(resolve(root, 'docs/rules.md'), 'utf8')
    for (const r of RULES) expect(md.split(`\`${r.id}\``).length - 1, r.id).toBe(1)
  })

  it('the JSON Schema describes the format and its enumerations', () => {
    const schema = JSON.parse(readFileSync(resolve(root, 'docs/incident.schema.json'), 'utf8'))
    expect(schema.$schema).toContain('2020-12')
    expect(schema.properties.format.const).toBe('sentinelle.incident')
    expect(schema.required).toEqual(['format', 'formatVersion', 'incident', 'policies'])
    expect(schema.properties.policies.items.properties.kind.enum).toContain(
      'rc_pro_confidentiality'
    )
  })
})
