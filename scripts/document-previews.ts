/**
 * Renders page 1 of each document for the first sample incident (and the register of all
 * samples) to docs/documents/*.png, so the README shows what the user gets.
 *
 *   node scripts/document-previews.mjs   (bundles and runs this file; needs pdftoppm)
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { RULE_SET_VERSION, assess } from '../shared/assessment'
import type { BuiltDocument } from '../shared/documents'
import {
  LETTER_KINDS,
  buildAssessmentReport,
  buildDocument,
  buildChecklist,
  buildDeclaration,
  buildNotificationDraft,
  buildRegisterPdf,
  lettersFor
} from '../shared/documents'
import { sampleIncidents } from '../shared/model'

const root = process.cwd()
const out = join(root, 'docs/documents')
const NOW = '2026-02-12T09:00:00+01:00'
const fonts = {
  regular: new Uint8Array(readFileSync(join(root, 'resources/fonts/DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(root, 'resources/fonts/DejaVuSans-Bold.ttf')))
}

function png(document: BuiltDocument, name: string, page = 1): void {
  const dir = mkdtempSync(join(tmpdir(), 'sentinelle-preview-'))
  const pdf = join(dir, 'doc.pdf')
  writeFileSync(pdf, document.bytes)
  const result = spawnSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    join(out, name)
  ])
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${String(result.stderr)}`)
  process.stdout.write(`docs/documents/${name}.png\n`)
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true })
  const sample = sampleIncidents[0]
  if (sample === undefined) throw new Error('no sample')
  const file = sample.file
  const assessment = assess({ incident: file.incident, policies: file.policies }, { now: NOW })
  const context = { lang: 'fr' as const, createdAt: NOW, fonts }
  const policyId = file.incident.policyIds[0] as string
  const declaration = await buildDeclaration({ file, policyId }, context)
  png(declaration, 'declaration-fr-page1')
  png(declaration, 'declaration-fr-page3', declaration.pageCount ?? 1)
  png(
    await buildAssessmentReport({ file, assessment, policyId }, context),
    'assessment-report-fr-page1'
  )
  png(await buildChecklist({ file, assessment }, context), 'checklist-fr-page1')
  png(await buildNotificationDraft({ file, assessment }, context), 'notification-draft-fr-page1')
  png(
    await buildDeclaration({ file, policyId }, { ...context, lang: 'en' }),
    'declaration-en-page1'
  )
  // One preview per letter, from the first sample it applies to (a processor's notice from the
  // first sample recast as a processor's incident).
  const processor = structuredClone(file)
  processor.incident.role = {
    kind: 'processor',
    controllerName: 'Société Alpha Industries',
    controllerContact: 'dpo@alpha.example'
  }
  for (const kind of LETTER_KINDS) {
    const source =
      sampleIncidents.map((sample) => sample.file).find((f) => lettersFor(f).includes(kind)) ??
      processor
    png(
      await buildDocument(
        { kind: 'letter', letter: kind, format: 'pdf' },
        {
          file: source,
          assessment: assess({ incident: source.incident, policies: source.policies }, { now: NOW })
        },
        context
      ),
      `letter-${kind.replace(/_/g, '-')}-fr-page1`
    )
  }
  const entries = sampleIncidents.map(({ file: f }) => ({
    file: f,
    assessment: assess({ incident: f.incident, policies: f.policies }, { now: NOW })
  }))
  png(
    await buildRegisterPdf(entries, {
      ...context,
      timeZone: 'Europe/Paris',
      ruleSetVersion: RULE_SET_VERSION
    }),
    'register-fr-page1'
  )
}

await main()
