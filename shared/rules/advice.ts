/** Advice on insurance gaps and prevention, from the seed article's practical advice. */
import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import type { DecisionContext } from './context'
import type { RuleMeta } from './types'

export type AdviceRule = RuleMeta & {
  when: (c: DecisionContext) => boolean
  text: (c: DecisionContext) => Localized
}

const m = (r: Omit<AdviceRule, 'group'>): AdviceRule => ({ ...r, group: 'advice' })
const kinds = (c: DecisionContext) => c.facts.policyKinds

export const ADVICE_RULES: readonly AdviceRule[] = [
  m({
    id: 'advice.gap.no_policy',
    source: 'seed',
    reference: 'conseil de courtier (seed) : « Souscrire une assurance adaptée est essentiel »',
    summary: loc(
      'Aucun contrat saisi : rechercher ses contrats.',
      'No policy entered: look for your policies.'
    ),
    when: (c) => c.facts.policies.length === 0,
    text: () =>
      loc(
        'Vous n’avez saisi aucun contrat d’assurance : recherchez vos contrats (RC Pro, cyber, multirisque, protection juridique) et ajoutez-les pour connaître vos garanties et vos délais de déclaration.',
        'You have entered no insurance policy: look for your policies (RC Pro, cyber, property, legal protection) and add them to see your cover and declaration deadlines.'
      )
  }),
  m({
    id: 'advice.gap.sensitive_data',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « Dans quels cas ces garanties deviennent indispensables ? »',
    summary: loc(
      'Données sensibles ou secret professionnel avec une RC Pro classique seule : ajouter l’extension confidentialité et une assurance cyber.',
      'Sensitive data or professional secrecy with only a classic RC Pro: add the confidentiality extension and cyber insurance.'
    ),
    // Not when the RC Pro already has the clause: the extension would buy it twice.
    when: (c) =>
      (c.facts.specialCategories || c.facts.professionalSecrecy) &&
      kinds(c).has('rc_pro') &&
      !kinds(c).has('rc_pro_confidentiality') &&
      !kinds(c).has('cyber') &&
      !c.facts.policies.some((p) => p.kind === 'rc_pro' && p.confidentialityClause === 'yes'),
    text: () =>
      loc(
        'Vous traitez des données sensibles ou couvertes par le secret professionnel avec une RC Pro classique seulement : demandez à votre assureur l’extension « atteinte à la confidentialité » et une assurance cyber-risques.',
        'You handle sensitive data or data under professional secrecy with only a classic RC Pro: ask your insurer for the confidentiality breach extension and cyber insurance.'
      )
  }),
  m({
    id: 'advice.gap.no_cyber',
    source: 'seed',
    reference: 'conseil de courtier (seed) : « L’assurance cyber-risques »',
    summary: loc(
      'Cyberattaque sans assurance cyber : en souscrire une pour l’avenir.',
      'Cyberattack without cyber insurance: take one out for the future.'
    ),
    when: (c) => c.facts.cyberattack && !kinds(c).has('cyber'),
    text: () =>
      loc(
        'Vous n’avez pas d’assurance cyber : vos frais propres (investigation, restauration, pertes d’exploitation) risquent de rester à votre charge. Pour l’avenir, une assurance cyber-risques couvre ces frais et offre une assistance. Portez plainte quand même.',
        'You have no cyber insurance: your own costs (forensics, restoration, business interruption) may stay with you. For the future, cyber insurance covers them and offers assistance. File a police complaint anyway.'
      )
  }),
  m({
    id: 'advice.gap.large_database',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « E-commerçants et acteurs du digital qui gèrent des bases de données clients volumineuses »',
    summary: loc(
      'Acteur du digital avec une base volumineuse et sans assurance cyber : en souscrire une.',
      'Digital business with a large database and no cyber insurance: take one out.'
    ),
    when: (c) =>
      (c.facts.incident.insured.profession === 'e_merchant' ||
        c.facts.incident.insured.profession === 'digital_agency') &&
      (c.facts.incident.data.personsCount ?? 0) >= 1000 &&
      !kinds(c).has('cyber'),
    text: () =>
      loc(
        'Vous gérez une base de données clients volumineuse sans assurance cyber : une simple faille peut concerner des milliers de personnes. Renseignez-vous sur une assurance cyber-risques.',
        'You manage a large customer database without cyber insurance: a single flaw can affect thousands of people. Look into cyber insurance.'
      )
  }),
  m({
    id: 'advice.gap.device_no_property',
    source: 'seed',
    reference: 'Domaine §10 (matériel volé → multirisque)',
    summary: loc(
      'Appareil perdu ou volé sans contrat multirisque saisi : vérifier l’assurance des biens professionnels ou personnels.',
      'Device lost or stolen with no property policy entered: check the insurance of professional or personal belongings.'
    ),
    when: (c) => (c.facts.lostDevice || c.facts.stolenDevice) && !kinds(c).has('property'),
    text: () =>
      loc(
        'L’appareil lui-même relève d’une assurance de biens (multirisque professionnelle, voire habitation pour un usage mixte) : vérifiez si vous en avez une et ajoutez-la, le délai de déclaration d’un vol n’est que de 2 jours ouvrés.',
        'The device itself belongs to a property policy (business multi-risk, or home insurance for mixed use): check whether you have one and add it; a theft must be declared within only 2 working days.'
      )
  }),
  m({
    id: 'advice.gap.check_confidentiality_clause',
    source: 'seed',
    reference: 'conseil de courtier (seed) : « Vérifier son contrat RC Pro »',
    summary: loc(
      'Clause de confidentialité inconnue : demander au courtier.',
      'Confidentiality clause unknown: ask your broker.'
    ),
    when: (c) =>
      c.facts.policies.some((p) => p.kind === 'rc_pro' && p.confidentialityClause === 'unknown'),
    text: () =>
      loc(
        'Vérifiez si votre RC Pro comporte une clause « atteinte à la confidentialité » ; en cas de doute, demandez-le par écrit à votre courtier ou assureur.',
        'Check whether your RC Pro has a confidentiality breach clause; if in doubt, ask your broker or insurer in writing.'
      )
  }),
  m({
    id: 'advice.criminal_exposure',
    source: 'Code pénal',
    reference: 'C. pén. art. 226-13 ; art. 226-17 ; art. 226-22 al. 2',
    summary: loc(
      'Pour information : l’exposition pénale possible (secret professionnel, mesures de sécurité, divulgation par négligence).',
      'For information: the possible criminal exposure (professional secrecy, security measures, negligent disclosure).'
    ),
    when: (c) =>
      c.facts.gdprApplies && c.facts.confidentiality && !c.facts.encryptedOnlyConfidentiality,
    text: (c) => {
      const parts = [
        loc(
          'Pour information, sans préjuger de rien : la divulgation par imprudence ou négligence de données personnelles portant atteinte à la considération ou à l’intimité d’une personne est un délit, poursuivi seulement sur plainte de la victime (C. pén. art. 226-22 al. 2) ; traiter des données sans les mesures de sécurité requises en est un autre (C. pén. art. 226-17).',
          'For information, prejudging nothing: disclosing personal data through carelessness or negligence in a way that harms a person’s reputation or privacy is an offence, prosecuted only on the victim’s complaint (C. pén. art. 226-22 para. 2); processing data without the required security measures is another (C. pén. art. 226-17).'
        )
      ]
      if (c.facts.professionalSecrecy)
        parts.push(
          loc(
            'Tenu au secret professionnel, vous êtes aussi concerné par l’art. 226-13 (révélation d’une information secrète), qui suppose l’intention : la question d’une fuite accidentelle n’est pas tranchée.',
            'Bound by professional secrecy, you are also concerned by art. 226-13 (revealing secret information), which requires intent: whether an accidental leak qualifies is unsettled.'
          )
        )
      parts.push(
        loc(
          'Une amende pénale est en principe personnelle et non assurable ; parlez-en à un avocat si une personne se plaint.',
          'A criminal fine is in principle personal and not insurable; talk to a lawyer if a person complains.'
        )
      )
      return loc(parts.map((x) => x.fr).join(' '), parts.map((x) => x.en).join(' '))
    }
  }),
  m({
    id: 'advice.prevention.encryption',
    source: 'seed',
    reference: 'conseil de courtier (seed) : « sécurisation informatique » ; RGPD art. 34(3)(a)',
    summary: loc(
      'Chiffrer les disques des appareils nomades.',
      'Encrypt the disks of portable devices.'
    ),
    when: (c) => (c.facts.lostDevice || c.facts.stolenDevice) && !c.facts.encryptedSafe,
    text: () =>
      loc(
        'Chiffrez le disque de vos ordinateurs et téléphones : un appareil chiffré perdu n’oblige en général ni à notifier la CNIL ni à informer les personnes.',
        'Encrypt the disks of your computers and phones: losing an encrypted device usually requires neither notifying the authority nor informing the persons.'
      )
  }),
  m({
    id: 'advice.prevention.backups',
    source: 'seed',
    reference: 'conseil de courtier (seed) : « sauvegardes régulières »',
    summary: loc(
      'Sauvegardes régulières, déconnectées et testées.',
      'Regular, offline, tested backups.'
    ),
    when: (c) =>
      (c.facts.availability || c.facts.integrity) && !c.facts.incident.data.backupAvailable,
    text: () =>
      loc(
        'Mettez en place des sauvegardes régulières, dont une copie déconnectée du réseau, et testez la restauration.',
        'Set up regular backups, including an offline copy, and test restoring them.'
      )
  }),
  m({
    id: 'advice.prevention.mfa',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « mots de passe robustes, authentification à deux facteurs »',
    summary: loc(
      'Mots de passe robustes et double authentification.',
      'Strong passwords and two-factor authentication.'
    ),
    when: (c) => c.facts.cyberattack || c.facts.incident.data.categories.includes('credentials'),
    text: () =>
      loc(
        'Activez la double authentification sur la messagerie et les outils en ligne, et utilisez un gestionnaire de mots de passe.',
        'Enable two-factor authentication on email and online tools, and use a password manager.'
      )
  }),
  m({
    id: 'advice.prevention.awareness',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « sensibilisation des équipes pour éviter les erreurs humaines »',
    summary: loc(
      'Sensibiliser les équipes aux erreurs humaines.',
      'Train staff against human errors.'
    ),
    when: (c) =>
      c.facts.incident.cause.kind === 'human_error' || c.facts.incident.cause.detail === 'phishing',
    text: () =>
      loc(
        'Sensibilisez votre équipe : vérification du destinataire avant l’envoi, délai d’envoi différé dans la messagerie, repérage de l’hameçonnage.',
        'Train your team: check the recipient before sending, use delayed sending in the mail client, spot phishing.'
      )
  }),
  m({
    id: 'advice.prevention.access',
    source: 'seed',
    reference: 'conseil de courtier (seed) : « gestion des accès aux données sensibles »',
    summary: loc('Gérer les accès aux données sensibles.', 'Manage access to sensitive data.'),
    when: (c) =>
      c.facts.incident.cause.kind === 'inadequate_protection' || c.facts.maliciousEmployee,
    text: () =>
      loc(
        'Limitez l’accès aux données sensibles à ceux qui en ont besoin, avec des comptes nominatifs, et retirez les accès au départ d’un salarié.',
        'Limit access to sensitive data to those who need it, with named accounts, and remove access when an employee leaves.'
      )
  }),
  m({
    id: 'advice.prevention.procedure',
    source: 'seed',
    reference:
      'conseil de courtier (seed) : « procédures internes en cas d’incident pour réagir rapidement »',
    summary: loc(
      'Écrire une procédure interne de réponse aux incidents.',
      'Write an internal incident response procedure.'
    ),
    when: () => true,
    text: () =>
      loc(
        'Écrivez une procédure interne d’une page : qui prévenir, quels délais (CNIL 72 heures, assureur, plainte), où sont les contrats.',
        'Write a one-page internal procedure: whom to call, which deadlines (authority 72 hours, insurer, police), where the policies are.'
      )
  })
]
