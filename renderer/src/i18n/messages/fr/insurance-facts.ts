import type { Catalogue } from '../../translations'

/**
 * The questions behind the insurance verdicts (model v2): who acted and in which capacity
 * (C. assur. L113-1, L121-2), the theft's circumstances, the complaint's record, the contract's
 * clauses. Plain words; the article is in the help text.
 */
export const insuranceFacts = {
  'facts.cause.actorRole.label': 'Qui a agi ?',
  'facts.cause.actorRole.help':
    'Votre assureur ne répond pas de la même façon d’un salarié, d’un prestataire ou de vous-même.',
  'facts.cause.employeeScope.label': 'Le salarié agissait-il dans le cadre de son travail ?',
  'facts.cause.employeeScope.help':
    'Par exemple, « dans son travail » : une erreur ou un abus dans ses tâches ; « hors de son travail » : il a vendu ou emporté le fichier pour son propre compte (C. assur. art. L121-2).',
  'facts.cause.intentToHarm.label': 'L’auteur voulait-il causer ce dommage ?',
  'facts.cause.intentToHarm.help':
    'Un acte volontaire n’est pas forcément une « faute intentionnelle » : il faut avoir voulu le dommage tel qu’il est arrivé, et c’est à l’assureur de le prouver (C. assur. art. L113-1).',
  'facts.cause.theftPlace.label': 'Où l’appareil ou le dossier a-t-il été perdu ou volé ?',
  'facts.cause.theftPlace.help':
    'Par exemple : dans le train, dans une voiture fermée à clé, au cabinet.',
  'facts.cause.theftCircumstances.label': 'Dans quelles circonstances ?',
  'facts.cause.theftCircumstances.help':
    'Effraction, sac arraché, appareil laissé sans surveillance… Votre contrat peut en dépendre.',
  'facts.timeline.new.heading': 'Nouvelle étape',
  'facts.timeline.new.kind.placeholder': 'Choisissez une étape',
  'facts.timeline.new.save': 'Ajouter cette étape',
  'facts.timeline.new.cancel': 'Annuler',
  'facts.timeline.new.kindRequired': 'Choisissez le type d’étape.',
  'facts.timeline.new.atRequired': 'Indiquez la date et l’heure.',
  'facts.timeline.service.complaint': 'Commissariat ou brigade de gendarmerie',
  'facts.timeline.reference.complaint': 'Numéro du procès-verbal ou du récépissé',
  'facts.timeline.reference.pre_complaint': 'Numéro de la pré-plainte',
  'facts.timeline.pre_complaint.help':
    'Une pré-plainte en ligne n’est pas une plainte tant que vous ne l’avez pas signée au commissariat ou à la gendarmerie : ajoutez ensuite l’étape « Plainte déposée ».',
  'facts.timeline.reference.authority': 'Numéro de la notification',
  'facts.timeline.reference.insurer': 'Numéro de sinistre donné par l’assureur',
  'facts.policy.more.heading': 'Ce que dit le contrat (facultatif, à compléter plus tard)',
  'facts.policy.exclusions.label': 'Exclusions',
  'facts.policy.exclusions.help':
    'Pour chacune : est-elle écrite dans votre contrat ? Tant que vous n’avez pas vérifié, Sentinelle dit « à vérifier », jamais « exclu ».',
  'facts.policy.exclusion.in': 'Dans le contrat',
  'facts.policy.exclusion.absent': 'Pas dans le contrat',
  'facts.policy.exclusion.unchecked': 'Pas encore vérifié',
  'facts.policy.claimsMade.label': 'La garantie est-elle en « base réclamation » ?',
  'facts.policy.claimsMade.help':
    'Souvent écrit dans les conditions particulières : l’assureur qui paie est celui en place quand le tiers réclame (C. assur. art. L124-1-1).',
  'facts.policy.ownLossCover.label':
    'Le contrat paie-t-il vos propres pertes après une attaque informatique ?',
  'facts.policy.ownLossCover.help':
    'Garantie « informatique », « pertes de données », « cyber » : il faut alors porter plainte dans les 72 heures (C. assur. art. L12-10-1).',
  'facts.policy.entrusted.label':
    'Le contrat couvre-t-il la reconstitution des documents confiés par vos clients ?',
  'facts.policy.defence.label': 'Le contrat paie-t-il vos frais de défense ?',
  'facts.policy.periodStart.label': 'Début de la période d’assurance',
  'facts.policy.periodEnd.label': 'Fin de la période d’assurance',
  'facts.policy.broker.label': 'Courtier ou agent',
  'facts.policy.assistancePhone.label': 'Numéro de l’assistance',
  'facts.policy.assistancePhone.help':
    'Pour un contrat cyber : appelez-la avant d’engager des frais.',
  'facts.policy.numberLater': 'Vous pourrez l’ajouter plus tard.',
  'facts.policy.periodOrder': 'La fin de la période doit suivre son début.'
} as const satisfies Catalogue
