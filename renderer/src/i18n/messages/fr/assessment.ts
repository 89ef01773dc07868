import type { Catalogue } from '../../translations'

export const assessment = {
  'assessment.title': 'Analyse en direct',
  'assessment.deadlines.heading': 'À faire et délais',
  'assessment.deadlines.none':
    'Aucun délai pour l’instant : indiquez les dates dans la chronologie.',
  'assessment.deadline.due': 'Échéance : {date}',
  'assessment.deadline.left': 'reste {duration}',
  'assessment.deadline.overdue': 'dépassé de {duration}',
  'assessment.deadline.done': 'fait',
  'assessment.deadline.status.ok': 'dans les temps',
  'assessment.deadline.status.near': 'bientôt',
  'assessment.deadline.status.overdue': 'en retard',
  'assessment.deadline.status.done': 'fait',
  'assessment.duration.days': '{d} j {h} h',
  'assessment.duration.hours': '{h} h {m} min',
  'assessment.duration.minutes': '{m} min',
  'assessment.nextSteps.heading': 'Prochaines étapes',
  'assessment.awareness.heading': 'Point de départ des 72 heures',
  'assessment.gdpr.heading': 'Obligations RGPD',
  'assessment.gdpr.notApplicable': 'Le RGPD ne s’applique pas',
  'assessment.duty.register': 'Inscrire au registre des violations',
  'assessment.duty.notify_authority': 'Notifier la CNIL',
  'assessment.duty.inform_persons': 'Informer les personnes concernées',
  'assessment.duty.required': 'Obligatoire',
  'assessment.duty.notRequired': 'Pas obligatoire',
  'assessment.duty.status.done': 'fait',
  'assessment.duty.status.pending': 'à faire',
  'assessment.duty.status.overdue': 'en retard',
  'assessment.duty.status.not_required': 'non requis',
  'assessment.severity': 'Gravité estimée : {level} (score {score})',
  'assessment.severity.low': 'faible',
  'assessment.severity.medium': 'moyenne',
  'assessment.severity.high': 'élevée',
  'assessment.severity.very_high': 'très élevée',
  'assessment.missing.heading': 'Informations à compléter plus tard',
  'assessment.coverage.heading': 'Vos assurances',
  'assessment.coverage.none':
    'Aucune assurance cochée : ajoutez vos contrats à l’étape « Assurances » pour savoir lesquels peuvent jouer.',
  'assessment.verdict.covered': 'Couvert probablement',
  'assessment.verdict.excluded': 'Exclu',
  'assessment.verdict.uncertain': 'Incertain',
  'assessment.verdict.not_applicable': 'Non concerné',
  'assessment.reasons': 'Pourquoi',
  'assessment.rule': 'Règle {id}',
  'assessment.toCheck': 'À vérifier dans votre contrat : {text}',
  'assessment.advice.heading': 'Conseils',
  'assessment.disclaimer':
    'Analyse indicative, qui ne remplace ni un avocat ni votre assureur : c’est l’assureur qui décide de la prise en charge.',
  'assessment.ruleSet': 'Règles version {version} · calculé le {date}',
  'assessment.error': 'L’analyse n’a pas pu être calculée : {message}',
  'assessment.unknownPolicy': 'Contrat',
  'assessment.why': 'Pourquoi ?',
  'assessment.why.region': 'Pourquoi : {about}',
  'assessment.plain.health':
    'Signalez aussi l’incident à votre agence régionale de santé (ARS), sans attendre.',
  'assessment.plain.awareness': 'Les 72 heures courent depuis le {date}.',
  'assessment.plain.register.done':
    'Cette fiche est votre inscription au registre des violations : tenez-la à jour.',
  'assessment.plain.register.done.nodate':
    'Cette fiche est votre inscription au registre des violations : tenez-la à jour.',
  'assessment.plain.register.pending.nodate':
    'Enregistrez cet incident : il devient votre inscription au registre des violations.',
  'assessment.plain.register.pending':
    'Enregistrez cet incident : il devient votre inscription au registre des violations.',
  'assessment.plain.register.overdue.nodate':
    'Enregistrez cet incident : il devient votre inscription au registre des violations.',
  'assessment.plain.register.not_required.nodate':
    'Cette fiche garde la trace de l’incident, même sans obligation.',
  'assessment.plain.notify_authority.pending':
    'Prévenez la CNIL avant le {date}, même si vous ne savez pas encore tout.',
  'assessment.plain.notify_authority.pending.nodate':
    'Prévenez la CNIL dans les 72 heures après en avoir eu connaissance : indiquez ce moment dans la chronologie.',
  'assessment.plain.notify_authority.overdue.nodate':
    'Les 72 heures sont passées : prévenez la CNIL maintenant et expliquez le retard.',
  'assessment.plain.notify_authority.done.nodate':
    'La CNIL est prévenue. Complétez la notification si vous apprenez du nouveau.',
  'assessment.plain.notify_authority.not_required.nodate':
    'Prévenir la CNIL ne semble pas nécessaire. Gardez les raisons dans cette fiche.',
  'assessment.plain.inform_persons.pending':
    'Prévenez les personnes concernées, avec des mots simples, sans tarder (au plus tard le {date}).',
  'assessment.plain.inform_persons.pending.nodate':
    'Prévenez les personnes concernées, avec des mots simples, sans tarder.',
  'assessment.plain.inform_persons.overdue.nodate':
    'Prévenez les personnes concernées maintenant, avec des mots simples.',
  'assessment.plain.inform_persons.done.nodate': 'Les personnes concernées sont prévenues.',
  'assessment.plain.inform_persons.not_required.nodate':
    'Prévenir les personnes concernées ne semble pas nécessaire.',
  'assessment.plain.verdict.covered':
    'Ce contrat couvre probablement l’incident : déclarez-le à {insurer} avant le {date}.',
  'assessment.plain.verdict.covered.nodate':
    'Ce contrat couvre probablement l’incident : déclarez-le à {insurer} dès que possible.',
  'assessment.plain.verdict.uncertain':
    'Ce contrat peut couvrir l’incident : déclarez-le à {insurer} avant le {date} et vérifiez les points indiqués.',
  'assessment.plain.verdict.uncertain.nodate':
    'Ce contrat peut couvrir l’incident : déclarez-le à {insurer} dès que possible et vérifiez les points indiqués.',
  'assessment.plain.verdict.excluded':
    'Ce contrat ne couvre probablement pas l’incident. C’est {insurer} qui décide : vous pouvez le déclarer quand même, avant le {date}.',
  'assessment.plain.verdict.excluded.nodate':
    'Ce contrat ne couvre probablement pas l’incident. C’est {insurer} qui décide : vous pouvez le déclarer quand même.',
  'assessment.plain.verdict.not_applicable': 'Ce contrat ne concerne pas ce type d’incident.',
  'assessment.plain.verdict.not_applicable.nodate':
    'Ce contrat ne concerne pas ce type d’incident.',
  'assessment.severity.factor.DPC': 'Contexte du traitement (DPC)',
  'assessment.severity.factor.EI': 'Facilité d’identification (EI)',
  'assessment.severity.factor.CB': 'Circonstances (CB)',
  'assessment.action.notification': 'Préparer la notification à la CNIL',
  'assessment.action.persons': 'Écrire aux personnes concernées (Word, à relire)',
  'assessment.action.declaration': 'Déclarer à {insurer}'
} as const satisfies Catalogue
