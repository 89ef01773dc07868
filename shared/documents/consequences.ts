/**
 * The likely consequences of a breach for the persons, as prose (RGPD art. 33(3)(c), 34(2)):
 * what the CNIL agent and the persons read, derived from the categories of data, the breach
 * types and the profession (EDPB Guidelines 9/2022 §IV.B; CNIL form « conséquences probables »).
 * Written as possibilities ("may"), never as certainties.
 */
import type { Incident, Lang } from '../model'

type Sentence = { fr: string; en: string; applies: (incident: Incident) => boolean }

const has = (incident: Incident, ...categories: Incident['data']['categories']): boolean =>
  categories.some((category) => incident.data.categories.includes(category))

const SECRECY_PROFESSIONS: readonly Incident['insured']['profession'][] = [
  'physician',
  'health_professional',
  'lawyer',
  'accountant'
]

const SENTENCES: Sentence[] = [
  {
    applies: (i) =>
      has(i, 'identity', 'national_id') &&
      (has(i, 'national_id', 'banking_card', 'financial', 'credentials') ||
        i.data.fraudEnabling === 'yes'),
    fr: 'Usurpation d’identité ou fraude : les données permettent de se faire passer pour les personnes auprès de tiers (banques, administrations, fournisseurs).',
    en: 'Identity theft or fraud: the data make it possible to impersonate the persons with third parties (banks, administrations, suppliers).'
  },
  {
    applies: (i) => has(i, 'banking_card', 'financial'),
    fr: 'Pertes financières : utilisation frauduleuse des coordonnées bancaires ou des informations financières.',
    en: 'Financial loss: fraudulent use of the bank or financial details.'
  },
  {
    applies: (i) => has(i, 'credentials'),
    fr: 'Prise de contrôle de comptes : les identifiants exposés peuvent donner accès à d’autres services où le même mot de passe est utilisé.',
    en: 'Account takeover: the exposed credentials may give access to other services where the same password is used.'
  },
  {
    applies: (i) => has(i, 'contact', 'identity'),
    fr: 'Hameçonnage et sollicitations : les coordonnées peuvent servir à des messages frauduleux crédibles, se réclamant du responsable du traitement.',
    en: 'Phishing and unwanted solicitation: the contact details may be used for credible fraudulent messages claiming to come from the controller.'
  },
  {
    applies: (i) => has(i, 'health', 'special_other', 'offences'),
    fr: 'Discrimination, atteinte à la réputation ou à la vie privée : les données sensibles révélées peuvent nuire aux personnes dans leur vie professionnelle, familiale ou sociale.',
    en: 'Discrimination, damage to reputation or privacy: the sensitive data revealed may harm the persons in their working, family or social life.'
  },
  {
    applies: (i) =>
      SECRECY_PROFESSIONS.includes(i.insured.profession) || has(i, 'business_confidential'),
    fr: 'Perte de la confidentialité due par un professionnel tenu au secret : des informations confiées sous le sceau du secret ou de la confidentialité peuvent être connues de tiers.',
    en: 'Loss of the confidentiality owed by a professional bound by secrecy: information entrusted in confidence may become known to third parties.'
  },
  {
    applies: (i) => i.breachTypes.includes('availability'),
    fr: 'Indisponibilité : les personnes peuvent être privées temporairement d’un service ou d’un suivi (rendez-vous, dossier, continuité des soins).',
    en: 'Unavailability: the persons may temporarily lose access to a service or follow-up (appointments, records, continuity of care).'
  },
  {
    applies: (i) => i.breachTypes.includes('integrity'),
    fr: 'Altération : des décisions peuvent être prises sur des données modifiées ou incomplètes.',
    en: 'Alteration: decisions may be taken on altered or incomplete data.'
  }
]

const NONE = {
  fr: 'Aucune conséquence particulière identifiée à ce stade pour les personnes ; l’analyse se poursuit.',
  en: 'No particular consequence for the persons identified at this stage; the analysis continues.'
}

const ENCRYPTED = {
  fr: 'Les données étaient chiffrées selon l’état de l’art et la clé n’est pas compromise : elles sont inintelligibles pour un tiers, ce qui rend ces conséquences peu probables.',
  en: 'The data were encrypted to the state of the art and the key is not compromised: they are unintelligible to a third party, which makes these consequences unlikely.'
}

/** One sentence per likely consequence, in the document's language. */
export function likelyConsequences(incident: Incident, lang: Lang): string[] {
  const sentences = SENTENCES.filter((sentence) => sentence.applies(incident)).map(
    (sentence) => sentence[lang]
  )
  if (sentences.length === 0) return [NONE[lang]]
  if (incident.data.encryption === 'state_of_the_art' && !incident.data.keyCompromised)
    sentences.push(ENCRYPTED[lang])
  return sentences
}
