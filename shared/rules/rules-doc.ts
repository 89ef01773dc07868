/** Renders the rule set as Markdown for review by a lawyer (docs/rules.md). */
import type { Localized } from '../model/localized'
import { RULE_GROUPS, RULE_SET_VERSION, RULES } from './registry'
import { RULE_SET_CHANGELOG } from './changelog'
import type { RuleGroup } from './types'

const GROUP_TITLES: Record<RuleGroup, Localized> = {
  gdpr: { fr: 'RGPD : champ, gravité, obligations', en: 'GDPR: scope, severity, duties' },
  deadline: { fr: 'Délais', en: 'Deadlines' },
  insurance: { fr: 'Assurance : verdicts par contrat', en: 'Insurance: per-policy verdicts' },
  health: { fr: 'Secteur de la santé', en: 'Health sector' },
  checklist: { fr: 'Liste de réponse à incident', en: 'Incident-response checklist' },
  advice: {
    fr: 'Conseils (lacunes de couverture, prévention)',
    en: 'Advice (coverage gaps, prevention)'
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export const renderRulesMarkdown = (): string => {
  const lines: string[] = [
    '# Sentinelle rule set',
    '',
    `Rule-set version: **${RULE_SET_VERSION}** — ${RULES.length} rules. Generated from \`shared/rules/\` by \`npm run generate:docs\`; a test keeps this file equal to the code.`,
    '',
    'Every assessment records the rule-set version it used and the rule ids that fired. Verdicts are decision support: the insurer decides, and the CNIL may judge a risk differently. "seed" refers to the article « Suis-je couvert par ma RC Pro en cas d’atteinte à la confidentialité ? » (J.-D. Boussemaer, 11 September 2025); "Domaine" to the project’s domain notes (domain.md, section numbers).',
    ''
  ]
  for (const group of RULE_GROUPS) {
    const rules = RULES.filter((r) => r.group === group)
    lines.push(`## ${GROUP_TITLES[group].en} / ${GROUP_TITLES[group].fr}`, '')
    lines.push(
      '| Rule id | Source | Reference | In force from | Rule (fr) | Rule (en) |',
      '| --- | --- | --- | --- | --- | --- |'
    )
    for (const r of rules)
      lines.push(
        `| \`${r.id}\` | ${cell(r.source)} | ${cell(r.reference)} | ${r.effectiveFrom ?? ''} | ${cell(r.summary.fr)} | ${cell(r.summary.en)} |`
      )
    lines.push('')
  }
  lines.push(
    '## Changelog / Historique',
    '',
    'Rules marked with the source "Sentinelle" are conventions of this app, not law nor ENISA’s method; their reason is in their text. An incident is assessed with the rules in force at its date (column "In force from").',
    ''
  )
  for (const v of RULE_SET_CHANGELOG) {
    lines.push(`### ${v.version}`, '')
    for (const c of v.changes) lines.push(`- ${c}`)
    lines.push('')
  }
  return lines.join('\n')
}
