/** Renders the rule set as Markdown for review by a lawyer (docs/rules.md). */
import type { Localized } from '../model/localized'
import { RULE_GROUPS, RULE_SET_VERSION, RULES } from './registry'
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
      '| Rule id | Source | Reference | Rule (fr) | Rule (en) |',
      '| --- | --- | --- | --- | --- |'
    )
    for (const r of rules)
      lines.push(
        `| \`${r.id}\` | ${cell(r.source)} | ${cell(r.reference)} | ${cell(r.summary.fr)} | ${cell(r.summary.en)} |`
      )
    lines.push('')
  }
  return lines.join('\n')
}
