/**
 * Sample incidents drawn from the seed article's own examples. The UI offers them as « charger un
 * exemple »; examples/*.json are generated from them (scripts/generate-docs.ts) and a test keeps
 * both equal.
 */
import { loc } from './loc'
import type { Localized } from './loc'
import { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION } from './constants'
import type { IncidentFile } from './schema'

export type SampleIncident = {
  /** Also the example's file name: examples/<slug>.json */
  slug: string
  title: Localized
  file: IncidentFile
}

const consultantLostLaptop: IncidentFile = {
  format: INCIDENT_FILE_FORMAT,
  formatVersion: INCIDENT_FILE_VERSION,
  incident: {
    id: '5b1f6f0e-2c1a-4d7e-9a61-0c3f7b2a1d01',
    reference: 'INC-0001',
    title: 'Ordinateur portable perdu dans le train',
    narrative:
      'En rentrant d’une mission à Lyon, j’ai oublié mon ordinateur portable dans le TGV. Il contient les présentations stratégiques de mon client et un fichier Excel de ses 180 principaux contacts commerciaux (nom, fonction, courriel, téléphone). Le disque n’était pas chiffré. La SNCF n’a rien retrouvé.',
    status: 'open',
    insured: {
      name: 'Claire Martin',
      profession: 'consultant',
      organisation: 'CM Conseil',
      email: 'claire.martin@example.fr',
      healthEstablishment: false,
      alsaceMoselle: false,
      address: '18 rue de la Roquette, 75011 Paris',
      siren: '812345678',
      legalForm: 'Entreprise individuelle',
      sector: 'Conseil en stratégie',
      headcount: 1,
      signatoryName: 'Claire Martin',
      signatoryCapacity: 'consultante, entrepreneur individuel',
      city: 'Paris'
    },
    timeZone: 'Europe/Paris',
    timeline: [
      {
        id: 'ev-1',
        kind: 'occurred',
        at: '2026-02-10T18:40:00+01:00',
        note: 'Descente du TGV à Paris-Gare-de-Lyon.'
      },
      {
        id: 'ev-2',
        kind: 'detected',
        at: '2026-02-10T21:15:00+01:00',
        note: 'Sacoche vide en arrivant à la maison.'
      },
      {
        id: 'ev-3',
        kind: 'aware',
        at: '2026-02-11T10:00:00+01:00',
        note: 'Objets trouvés SNCF : rien. Le portable contenait bien le fichier de contacts du client.'
      }
    ],
    data: {
      personalData: 'yes',
      categories: ['identity', 'contact', 'business_confidential'],
      personsCount: 180,
      recordsCount: 180,
      vulnerablePersons: false,
      encryption: 'none',
      keyCompromised: false,
      backupAvailable: true,
      leftOrganisation: 'yes',
      recipients: 'none',
      identifiability: 'maximum'
    },
    breachTypes: ['confidentiality'],
    cause: { kind: 'loss_theft', detail: 'lost_device', actor: 'Claire Martin' },
    parties: [
      { id: 'pa-1', role: 'client', name: 'Société Alpha Industries', contact: 'dg@alpha.example' }
    ],
    evidence: [{ id: 'evd-1', label: 'Déclaration de perte aux objets trouvés SNCF' }],
    thirdPartyClaims: [],
    estimatedLosses: [{ id: 'lo-1', kind: 'device', amountCents: 180000, description: 'Portable' }],
    measures: [
      {
        id: 'me-1',
        description: 'Mots de passe de la messagerie et du cloud changés.',
        at: '2026-02-11T10:30:00+01:00'
      }
    ],
    gdprMitigation: { measuresRemoveHighRisk: false, disproportionateEffort: false },
    policyIds: ['pol-rcpro', 'pol-mrp'],
    createdAt: '2026-02-11T10:20:00+01:00',
    updatedAt: '2026-02-11T10:45:00+01:00',
    device: {
      make: 'Apple',
      model: 'MacBook Air 13 pouces',
      serialNumber: 'C02XK1ABJG5H',
      purchaseDate: '2024-09-12',
      purchaseValueCents: 149900
    }
  },
  policies: [
    {
      id: 'pol-rcpro',
      kind: 'rc_pro',
      insurer: 'Mutuelle Exemple',
      policyNumber: 'RCP-2025-001234',
      confidentialityClause: 'unknown',
      deductibleCents: 50000,
      limitCents: 50000000,
      exclusions: [],
      broker: 'Cabinet Exemple Courtage',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31'
    },
    {
      id: 'pol-mrp',
      kind: 'property',
      insurer: 'Mutuelle Exemple',
      policyNumber: 'MRP-2025-004321',
      label: 'Multirisque bureau',
      confidentialityClause: 'no',
      exclusions: []
    }
  ]
}

const physicianRansomware: IncidentFile = {
  format: INCIDENT_FILE_FORMAT,
  formatVersion: INCIDENT_FILE_VERSION,
  incident: {
    id: '5b1f6f0e-2c1a-4d7e-9a61-0c3f7b2a1d02',
    reference: 'INC-0002',
    title: 'Rançongiciel sur le poste du cabinet médical',
    narrative:
      'Vendredi matin, l’écran du poste du secrétariat affichait une demande de rançon. Les dossiers patients du logiciel médical sont chiffrés par l’attaquant. Une sauvegarde sur disque externe date de lundi. Nous ne savons pas si des dossiers ont été copiés.',
    status: 'open',
    insured: {
      name: 'Dr Paul Lefèvre',
      profession: 'physician',
      organisation: 'Cabinet du Dr Lefèvre',
      address: '12 rue des Tilleuls, 67000 Strasbourg',
      healthEstablishment: false,
      alsaceMoselle: true
    },
    timeZone: 'Europe/Paris',
    timeline: [
      { id: 'ev-1', kind: 'occurred', at: '2026-03-13T06:50:00+01:00' },
      {
        id: 'ev-2',
        kind: 'detected',
        at: '2026-03-13T08:10:00+01:00',
        note: 'Message de rançon à l’écran.'
      },
      {
        id: 'ev-3',
        kind: 'aware',
        at: '2026-03-13T09:00:00+01:00',
        note: 'Le prestataire informatique confirme le chiffrement des dossiers patients.'
      },
      {
        id: 'ev-4',
        kind: 'contained',
        at: '2026-03-13T09:20:00+01:00',
        note: 'Poste débranché du réseau.'
      }
    ],
    data: {
      personalData: 'yes',
      categories: ['identity', 'contact', 'health', 'national_id'],
      personsCount: 2400,
      recordsCount: 2400,
      vulnerablePersons: true,
      encryption: 'none',
      keyCompromised: false,
      backupAvailable: true,
      leftOrganisation: 'unknown',
      recipients: 'unknown',
      identifiability: 'maximum'
    },
    breachTypes: ['confidentiality', 'availability'],
    cause: { kind: 'cyberattack', detail: 'ransomware', actor: 'Attaquant inconnu' },
    parties: [
      { id: 'pa-1', role: 'other', name: 'InfoSanté Services', note: 'Prestataire informatique' }
    ],
    evidence: [{ id: 'evd-1', label: 'Photo de la note de rançon' }],
    thirdPartyClaims: [],
    estimatedLosses: [
      { id: 'lo-1', kind: 'forensics', amountCents: 350000 },
      { id: 'lo-2', kind: 'restoration', amountCents: 150000 },
      { id: 'lo-3', kind: 'business_interruption', amountCents: 400000 }
    ],
    measures: [],
    gdprMitigation: { measuresRemoveHighRisk: false, disproportionateEffort: false },
    policyIds: ['pol-rcp', 'pol-cyber'],
    createdAt: '2026-03-13T09:30:00+01:00',
    updatedAt: '2026-03-13T09:30:00+01:00'
  },
  policies: [
    {
      id: 'pol-rcp',
      kind: 'rc_pro',
      insurer: 'Mutuelle Médicale Exemple',
      policyNumber: 'RCPM-778899',
      confidentialityClause: 'no',
      exclusions: ['cyber']
    },
    {
      id: 'pol-cyber',
      kind: 'cyber',
      insurer: 'Cyber Assurances Démo',
      policyNumber: 'CYB-2026-0042',
      confidentialityClause: 'yes',
      declarationDeadlineWorkingDays: 5,
      deductibleCents: 100000,
      limitCents: 20000000,
      exclusions: ['ransom']
    }
  ]
}

const accountantMisdirectedEmail: IncidentFile = {
  format: INCIDENT_FILE_FORMAT,
  formatVersion: INCIDENT_FILE_VERSION,
  incident: {
    id: '5b1f6f0e-2c1a-4d7e-9a61-0c3f7b2a1d03',
    reference: 'INC-0003',
    title: 'Bulletins de paie envoyés au mauvais client',
    narrative:
      'Mon collaborateur a envoyé par courriel le fichier des bulletins de paie d’avril de la boulangerie Durand (12 salariés, avec numéros de sécurité sociale et salaires) à un autre client, la société Bernard. M. Bernard nous a prévenus le jour même ; il dit avoir supprimé le message.',
    status: 'open',
    insured: {
      name: 'Sophie Roux',
      profession: 'accountant',
      organisation: 'Roux Expertise Comptable',
      healthEstablishment: false,
      alsaceMoselle: false,
      dpoContact: 'rgpd@roux-expertise.example'
    },
    timeZone: 'Europe/Paris',
    timeline: [
      { id: 'ev-1', kind: 'occurred', at: '2026-05-07T09:12:00+02:00', note: 'Envoi du courriel.' },
      { id: 'ev-2', kind: 'aware', at: '2026-05-07T11:30:00+02:00', note: 'Appel de M. Bernard.' },
      {
        id: 'ev-3',
        kind: 'contained',
        at: '2026-05-07T12:00:00+02:00',
        note: 'Demande écrite de suppression envoyée à M. Bernard.'
      }
    ],
    data: {
      personalData: 'yes',
      categories: ['identity', 'financial', 'national_id'],
      personsCount: 12,
      recordsCount: 12,
      vulnerablePersons: false,
      encryption: 'none',
      keyCompromised: false,
      backupAvailable: true,
      leftOrganisation: 'yes',
      recipients: 'known',
      identifiability: 'maximum'
    },
    breachTypes: ['confidentiality'],
    cause: { kind: 'human_error', detail: 'misdirected_email', actor: 'Collaborateur du cabinet' },
    parties: [
      { id: 'pa-1', role: 'client', name: 'Boulangerie Durand' },
      {
        id: 'pa-2',
        role: 'recipient',
        name: 'Société Bernard',
        contact: 'm.bernard@bernard.example'
      }
    ],
    evidence: [{ id: 'evd-1', label: 'Copie du courriel envoyé par erreur' }],
    thirdPartyClaims: [],
    estimatedLosses: [],
    measures: [],
    gdprMitigation: { measuresRemoveHighRisk: false, disproportionateEffort: false },
    policyIds: ['pol-rcp'],
    createdAt: '2026-05-07T12:10:00+02:00',
    updatedAt: '2026-05-07T12:10:00+02:00'
  },
  policies: [
    {
      id: 'pol-rcp',
      kind: 'rc_pro',
      insurer: 'Compagnie Exemple des Experts',
      policyNumber: 'EC-55-2026',
      confidentialityClause: 'yes',
      declarationDeadlineWorkingDays: 10,
      exclusions: []
    }
  ]
}

const agencyFileToCompetitor: IncidentFile = {
  format: INCIDENT_FILE_FORMAT,
  formatVersion: INCIDENT_FILE_VERSION,
  incident: {
    id: '5b1f6f0e-2c1a-4d7e-9a61-0c3f7b2a1d04',
    reference: 'INC-0004',
    title: 'Fichier client envoyé à un concurrent',
    narrative:
      'Par erreur, un chef de projet a partagé avec l’agence d’un concurrent direct de notre client le lien vers le plan de lancement produit et l’export de la base prospects (5 000 contacts). Le client nous réclame réparation.',
    status: 'open',
    insured: {
      name: 'Studio Pixel',
      profession: 'digital_agency',
      organisation: 'Studio Pixel SAS',
      healthEstablishment: false,
      alsaceMoselle: false
    },
    timeZone: 'Europe/Paris',
    timeline: [
      { id: 'ev-1', kind: 'occurred', at: '2026-12-21T15:00:00+01:00' },
      { id: 'ev-2', kind: 'aware', at: '2026-12-24T10:00:00+01:00', note: 'Le client nous alerte.' }
    ],
    data: {
      personalData: 'yes',
      categories: ['identity', 'contact', 'business_confidential'],
      personsCount: 5000,
      recordsCount: 5000,
      vulnerablePersons: false,
      encryption: 'none',
      keyCompromised: false,
      backupAvailable: true,
      leftOrganisation: 'yes',
      recipients: 'known',
      identifiability: 'maximum'
    },
    breachTypes: ['confidentiality'],
    cause: { kind: 'human_error', detail: 'misdirected_email', actor: 'Chef de projet' },
    parties: [{ id: 'pa-1', role: 'client', name: 'Maison Verte SA' }],
    evidence: [],
    thirdPartyClaims: [
      {
        id: 'cl-1',
        claimant: 'Maison Verte SA',
        receivedAt: '2026-12-24T10:00:00+01:00',
        amountCents: 4500000,
        description: 'Préjudice commercial allégué : lancement compromis.'
      }
    ],
    estimatedLosses: [],
    measures: [],
    gdprMitigation: { measuresRemoveHighRisk: false, disproportionateEffort: false },
    policyIds: ['pol-rcp', 'pol-conf'],
    createdAt: '2026-12-24T10:30:00+01:00',
    updatedAt: '2026-12-24T10:30:00+01:00'
  },
  policies: [
    {
      id: 'pol-rcp',
      kind: 'rc_pro',
      insurer: 'Assurances Exemple',
      policyNumber: 'RCP-DIG-9001',
      confidentialityClause: 'no',
      exclusions: ['digital_privacy']
    },
    {
      id: 'pol-conf',
      kind: 'rc_pro_confidentiality',
      insurer: 'Assurances Exemple',
      policyNumber: 'RCP-DIG-9001-EXT',
      confidentialityClause: 'yes',
      exclusions: []
    }
  ]
}

const eMerchantPhishing: IncidentFile = {
  format: INCIDENT_FILE_FORMAT,
  formatVersion: INCIDENT_FILE_VERSION,
  incident: {
    id: '5b1f6f0e-2c1a-4d7e-9a61-0c3f7b2a1d05',
    reference: 'INC-0005',
    title: 'Hameçonnage : accès à la boutique en ligne',
    narrative:
      'J’ai saisi mon mot de passe sur une fausse page de connexion reçue par courriel. Dans la nuit, quelqu’un s’est connecté à l’administration de la boutique et a exporté le fichier clients (noms, adresses, courriels, historique de commandes). Les paiements passent par un prestataire : pas de numéros de carte chez nous.',
    status: 'open',
    insured: {
      name: 'Léa Bernard',
      profession: 'e_merchant',
      organisation: 'Atelier Lin & Laine',
      email: 'contact@lin-laine.example',
      healthEstablishment: false,
      alsaceMoselle: false
    },
    timeZone: 'Europe/Paris',
    timeline: [
      {
        id: 'ev-1',
        kind: 'occurred',
        at: '2026-06-15T02:14:00+02:00',
        note: 'Connexion depuis une adresse IP étrangère.'
      },
      {
        id: 'ev-2',
        kind: 'detected',
        at: '2026-06-15T07:45:00+02:00',
        note: 'Alerte de connexion inhabituelle.'
      },
      {
        id: 'ev-3',
        kind: 'aware',
        at: '2026-06-15T09:30:00+02:00',
        note: 'Le journal de la plateforme confirme l’export du fichier clients.'
      },
      {
        id: 'ev-4',
        kind: 'contained',
        at: '2026-06-15T09:50:00+02:00',
        note: 'Mot de passe changé, sessions fermées, double authentification activée.'
      },
      {
        id: 'ev-5',
        kind: 'complaint_filed',
        at: '2026-06-16T11:00:00+02:00',
        note: 'Plainte en ligne, récépissé reçu.'
      }
    ],
    data: {
      personalData: 'yes',
      categories: ['identity', 'contact', 'behavioural', 'credentials'],
      personsCount: 3800,
      recordsCount: 3800,
      vulnerablePersons: false,
      encryption: 'none',
      keyCompromised: false,
      backupAvailable: true,
      leftOrganisation: 'yes',
      recipients: 'unknown',
      identifiability: 'maximum'
    },
    breachTypes: ['confidentiality'],
    cause: { kind: 'cyberattack', detail: 'phishing', actor: 'Attaquant inconnu' },
    parties: [{ id: 'pa-1', role: 'processor', name: 'Plateforme e-commerce Exemple' }],
    evidence: [
      { id: 'evd-1', label: 'Courriel d’hameçonnage (fichier .eml)' },
      { id: 'evd-2', label: 'Journal des connexions exporté' }
    ],
    thirdPartyClaims: [],
    estimatedLosses: [
      { id: 'lo-1', kind: 'forensics', amountCents: 120000 },
      { id: 'lo-2', kind: 'notification', amountCents: 30000 }
    ],
    measures: [
      {
        id: 'me-1',
        description: 'Double authentification activée sur tous les comptes.',
        at: '2026-06-15T09:50:00+02:00'
      }
    ],
    gdprMitigation: { measuresRemoveHighRisk: false, disproportionateEffort: false },
    policyIds: ['pol-rcp', 'pol-cyber', 'pol-pj'],
    createdAt: '2026-06-15T10:00:00+02:00',
    updatedAt: '2026-06-16T11:05:00+02:00'
  },
  policies: [
    {
      id: 'pol-rcp',
      kind: 'rc_pro',
      insurer: 'Assurances Exemple',
      policyNumber: 'RCP-EC-3141',
      confidentialityClause: 'no',
      exclusions: []
    },
    {
      id: 'pol-cyber',
      kind: 'cyber',
      insurer: 'Cyber Assurances Démo',
      policyNumber: 'CYB-2026-2718',
      confidentialityClause: 'yes',
      declarationDeadlineWorkingDays: 5,
      deductibleCents: 50000,
      limitCents: 10000000,
      exclusions: []
    },
    {
      id: 'pol-pj',
      kind: 'legal_protection',
      insurer: 'Protection Juridique Exemple',
      policyNumber: 'PJ-1618',
      confidentialityClause: 'unknown',
      exclusions: []
    }
  ]
}

const lawyerStolenLaptop: IncidentFile = {
  format: INCIDENT_FILE_FORMAT,
  formatVersion: INCIDENT_FILE_VERSION,
  incident: {
    id: '5b1f6f0e-2c1a-4d7e-9a61-0c3f7b2a1d06',
    reference: 'INC-0006',
    title: 'Ordinateur chiffré volé dans la voiture',
    narrative:
      'Mon ordinateur portable a été volé dans ma voiture, vitre brisée, pendant un rendez-vous à Metz. Il contient des dossiers clients. Le disque est chiffré (BitLocker avec code PIN) et la clé de récupération est restée au cabinet. Les dossiers sont aussi sur le serveur du cabinet.',
    status: 'open',
    insured: {
      name: 'Me Thomas Klein',
      profession: 'lawyer',
      organisation: 'Cabinet Klein Avocats',
      address: '3 place d’Armes, 57000 Metz',
      email: 'cabinet@klein-avocats.example',
      healthEstablishment: false,
      alsaceMoselle: true,
      siren: '45678912300021',
      legalForm: 'SELARL',
      signatoryName: 'Me Thomas Klein',
      signatoryCapacity: 'avocat associé, gérant',
      city: 'Metz'
    },
    timeZone: 'Europe/Paris',
    timeline: [
      { id: 'ev-1', kind: 'occurred', at: '2026-04-02T14:00:00+02:00' },
      {
        id: 'ev-2',
        kind: 'aware',
        at: '2026-04-02T15:40:00+02:00',
        note: 'Retour au véhicule, vitre brisée.'
      },
      {
        id: 'ev-3',
        kind: 'complaint_filed',
        at: '2026-04-02T17:30:00+02:00',
        note: 'Commissariat de Metz.',
        service: 'Commissariat central de Metz',
        reference: '2026/0412'
      }
    ],
    data: {
      personalData: 'yes',
      categories: ['identity', 'contact', 'offences', 'business_confidential'],
      personsCount: 60,
      recordsCount: 60,
      vulnerablePersons: false,
      encryption: 'state_of_the_art',
      keyCompromised: false,
      backupAvailable: true,
      leftOrganisation: 'yes',
      recipients: 'none',
      identifiability: 'maximum'
    },
    breachTypes: ['confidentiality'],
    cause: {
      kind: 'loss_theft',
      detail: 'stolen_device',
      actor: 'Voleur inconnu',
      theftPlace: 'Rue Serpenoise, Metz (véhicule stationné)',
      theftCircumstances:
        'Vitre arrière brisée, sacoche dérobée sur la banquette pendant un rendez-vous.'
    },
    parties: [
      { id: 'pa-1', role: 'police', name: 'Commissariat de Metz', note: 'Récépissé n° 2026/0412' },
      {
        id: 'pa-2',
        role: 'witness',
        name: 'M. Luc Henry',
        note: 'Riverain, a vu le véhicule fracturé'
      }
    ],
    evidence: [{ id: 'evd-1', label: 'Récépissé de dépôt de plainte' }],
    thirdPartyClaims: [],
    estimatedLosses: [{ id: 'lo-1', kind: 'device', amountCents: 210000 }],
    measures: [
      {
        id: 'me-1',
        description: 'Sessions de messagerie et d’accès au serveur révoquées à distance.'
      }
    ],
    gdprMitigation: { measuresRemoveHighRisk: false, disproportionateEffort: false },
    policyIds: ['pol-rcp', 'pol-mrp'],
    createdAt: '2026-04-02T18:00:00+02:00',
    updatedAt: '2026-04-02T18:00:00+02:00',
    device: {
      make: 'Dell',
      model: 'Latitude 7440',
      serialNumber: '8HX2Q53',
      purchaseDate: '2025-01-20',
      purchaseValueCents: 210000
    }
  },
  policies: [
    {
      id: 'pol-rcp',
      kind: 'rc_pro',
      insurer: 'Assurance du Barreau Exemple',
      policyNumber: 'BAR-57-0099',
      confidentialityClause: 'yes',
      exclusions: []
    },
    {
      id: 'pol-mrp',
      kind: 'property',
      insurer: 'Mutuelle Exemple',
      policyNumber: 'MRP-57-2026',
      label: 'Multirisque du cabinet',
      confidentialityClause: 'no',
      declarationDeadlineWorkingDays: 1,
      exclusions: ['unattended_device_theft']
    }
  ]
}

export const sampleIncidents: readonly SampleIncident[] = [
  {
    slug: 'consultant-lost-laptop',
    title: loc('Consultante : ordinateur portable perdu', 'Consultant: lost laptop'),
    file: consultantLostLaptop
  },
  {
    slug: 'physician-ransomware',
    title: loc('Médecin : rançongiciel au cabinet', 'Physician: ransomware at the practice'),
    file: physicianRansomware
  },
  {
    slug: 'accountant-misdirected-email',
    title: loc('Expert-comptable : courriel mal adressé', 'Accountant: misdirected email'),
    file: accountantMisdirectedEmail
  },
  {
    slug: 'agency-file-to-competitor',
    title: loc(
      'Agence digitale : fichier envoyé à un concurrent',
      'Digital agency: file sent to a competitor'
    ),
    file: agencyFileToCompetitor
  },
  {
    slug: 'emerchant-phishing',
    title: loc(
      'E-commerçante : hameçonnage et vol du fichier clients',
      'E-merchant: phishing and customer file theft'
    ),
    file: eMerchantPhishing
  },
  {
    slug: 'lawyer-stolen-encrypted-laptop',
    title: loc('Avocat : ordinateur chiffré volé', 'Lawyer: stolen encrypted laptop'),
    file: lawyerStolenLaptop
  }
]

const HOUR_MS = 3_600_000

/**
 * A sample's instants moved so that the user became aware of it `hoursAgo` hours before `now`
 * (or earlier, so that no recorded event lands in the future), keeping every interval between
 * events. A sample loaded from the first-run screen then shows live countdowns (72 h to the
 * CNIL, days to the insurer) instead of deadlines long past.
 */
export function rebaseSampleTimes(file: IncidentFile, now: string, hoursAgo = 18): IncidentFile {
  const incident = file.incident
  const aware =
    incident.timeline.find((event) => event.kind === 'aware') ??
    incident.timeline.find((event) => event.kind === 'detected') ??
    incident.timeline[0]
  const nowMs = Date.parse(now)
  if (aware === undefined || Number.isNaN(nowMs)) return file
  const awareMs = Date.parse(aware.at)
  const instants = [
    ...incident.timeline.map((event) => event.at),
    ...incident.measures.flatMap((measure) => (measure.at === undefined ? [] : [measure.at])),
    ...incident.thirdPartyClaims.flatMap((claim) =>
      claim.receivedAt === undefined ? [] : [claim.receivedAt]
    )
  ].map((instant) => Date.parse(instant))
  const latestAfterAwareness = Math.max(awareMs, ...instants) - awareMs
  const awareBeforeNow = Math.max(hoursAgo * HOUR_MS, latestAfterAwareness + HOUR_MS)
  const delta = nowMs - awareBeforeNow - awareMs
  const shift = (instant: string) => new Date(Date.parse(instant) + delta).toISOString()
  return {
    ...file,
    incident: {
      ...incident,
      timeline: incident.timeline.map((event) => ({ ...event, at: shift(event.at) })),
      thirdPartyClaims: incident.thirdPartyClaims.map((claim) =>
        claim.receivedAt === undefined ? claim : { ...claim, receivedAt: shift(claim.receivedAt) }
      ),
      measures: incident.measures.map((measure) =>
        measure.at === undefined ? measure : { ...measure, at: shift(measure.at) }
      ),
      createdAt: new Date(nowMs).toISOString(),
      updatedAt: new Date(nowMs).toISOString()
    }
  }
}
