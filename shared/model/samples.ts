/**
 * Sample incidents drawn from the seed article's own examples. The UI offers them as « charger un
 * exemple »; examples/*.json are generated from them (scripts/generate-docs.ts) and a test keeps
 * both equal.
 */
import { loc } from './localized'
import type { Localized } from './localized'
import { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION } from './schema'
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
      alsaceMoselle: false
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
    updatedAt: '2026-02-11T10:45:00+01:00'
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
      exclusions: []
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
  }
]
