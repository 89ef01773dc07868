/**
 * Writes the generated documentation from the code: docs/incident.schema.json (zod → JSON
 * Schema), docs/rules.md (the rule registry) and examples/*.json (the sample incidents).
 * Run: npm run generate:docs. Tests fail when the committed files differ.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import * as prettier from 'prettier'

import { incidentJsonSchema, sampleIncidents } from '../shared/model'
import { renderRulesMarkdown } from '../shared/rules/rules-doc'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export const generatedFiles = async (): Promise<Map<string, string>> => {
  const files = new Map<string, string>()
  const format = async (path: string, text: string) => {
    const config = (await prettier.resolveConfig(resolve(root, path))) ?? {}
    return prettier.format(text, { ...config, filepath: path })
  }
  files.set(
    'docs/incident.schema.json',
    await format('docs/incident.schema.json', JSON.stringify(incidentJsonSchema()))
  )
  files.set('docs/rules.md', await format('docs/rules.md', renderRulesMarkdown()))
  for (const s of sampleIncidents) {
    const path = `examples/${s.slug}.json`
    files.set(path, await format(path, JSON.stringify(s.file)))
  }
  return files
}

const main = async () => {
  for (const [path, text] of await generatedFiles()) {
    const abs = resolve(root, path)
    mkdirSync(dirname(abs), { recursive: true })
    writeFileSync(abs, text)
    console.log(`wrote ${path}`)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
