/** Incident files for the document tests: every Unicode sample of the issue, and a huge one. */
import type { IncidentFile } from '../../shared/model'
import { sampleIncidents } from '../../shared/model'

export const UNICODE_SAMPLES = [
  'Łukasz Żółć-Øster',
  'Ærøskøbing',
  'Ünal Çelik',
  'Παπαδόπουλος',
  'Иванова',
  '€ œ « » ’ —'
] as const

export const NOW = '2026-11-25T10:00:00Z'

function base(): IncidentFile {
  const sample = sampleIncidents[0]
  if (sample === undefined) throw new Error('no sample incident')
  return structuredClone(sample.file)
}

export function unicodeIncident(): IncidentFile {
  const file = base()
  const { incident } = file
  incident.reference = 'INC-0042'
  incident.title = 'Ordinateur perdu — dossiers clients « Alpha »'
  incident.narrative =
    'Le portable de Łukasz Żółć-Øster a été oublié à Ærøskøbing. Il contenait les dossiers de Ünal Çelik, Παπαδόπουλος et Иванова. Coût estimé : 1 800 € ; œuvre « confidentielle » — l’assureur est prévenu. Signes à conserver : € œ « » ’ —.'
  incident.insured = {
    ...incident.insured,
    name: 'Łukasz Żółć-Øster',
    organisation: 'Żółć Conseil',
    address: '7 Vestergade, 5970 Ærøskøbing, Danmark',
    email: 'lukasz@example.eu',
    phone: '+45 12 34 56 78'
  }
  incident.timeline = [
    ...incident.timeline,
    {
      id: 'ev-complaint',
      kind: 'complaint_filed',
      at: '2026-02-11T15:30:00+01:00',
      note: 'Plainte au commissariat du 12e'
    }
  ]
  incident.parties = [
    { id: 'pa-1', role: 'client', name: 'Ünal Çelik', contact: 'unal@example.tr' },
    { id: 'pa-2', role: 'recipient', name: 'Παπαδόπουλος', note: 'A reçu le fichier par erreur' },
    { id: 'pa-3', role: 'other', name: 'Иванова', contact: '+7 495 000 00 00' }
  ]
  incident.evidence = [
    {
      id: 'ev-a',
      label: 'Récépissé de plainte',
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    },
    {
      id: 'ev-b',
      label: 'Courriel du client',
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
    }
  ]
  incident.thirdPartyClaims = [
    {
      id: 'cl-1',
      claimant: 'Ünal Çelik',
      receivedAt: '2026-11-20T09:00:00+01:00',
      amountCents: 1_250_000,
      description: 'Demande d’indemnisation pour perte de clientèle'
    }
  ]
  incident.estimatedLosses = [
    { id: 'lo-1', kind: 'device', amountCents: 180_000, description: 'Portable' },
    { id: 'lo-2', kind: 'forensics', amountCents: 350_000, description: 'Analyse technique' }
  ]
  file.policies = file.policies.map((policy, index) =>
    index === 0 ? { ...policy, insurer: 'AXA', policyNumber: 'RCP-2026-0042' } : policy
  )
  return file
}

/** A 300-event timeline and a 10,000-character narrative. */
export function hugeIncident(): IncidentFile {
  const file = unicodeIncident()
  const words = [
    'Łukasz',
    'Żółć-Øster',
    'Ærøskøbing',
    'dossiers',
    'clients',
    'chiffrement',
    '€',
    'œuvre'
  ]
  let narrative = ''
  for (let i = 0; narrative.length < 10_000; i++) narrative += `${words[i % words.length]} `
  file.incident.narrative = narrative.slice(0, 10_000)
  const start = Date.parse('2026-02-10T08:00:00Z')
  file.incident.timeline = [
    ...file.incident.timeline,
    ...Array.from({ length: 300 - file.incident.timeline.length }, (_, i) => ({
      id: `bulk-${i}`,
      kind: 'other' as const,
      at: new Date(start + i * 3_600_000).toISOString(),
      note: `Événement n° ${i + 1} — ${words.slice(0, (i % 8) + 1).join(' ')}`
    }))
  ]
  return file
}

/**
 * The Unicode incident with every fact a claims handler and the CNIL form ask for (model v2),
 * and three policies: RC Pro, property and cyber.
 */
export function fullIncident(): IncidentFile {
  const file = unicodeIncident()
  const { incident } = file
  incident.insured = {
    ...incident.insured,
    siren: '12345678900017',
    legalForm: 'SARL',
    sector: 'Conseil en gestion',
    headcount: 12,
    legalRepresentative: 'Anna Kowalska',
    dpoContact: 'dpo@zolc.example',
    signatoryName: 'Anna Kowalska',
    signatoryCapacity: 'gérante',
    city: 'Ærøskøbing'
  }
  incident.role = { kind: 'controller' }
  incident.device = {
    make: 'Lenovo',
    model: 'ThinkPad X1 Carbon',
    serialNumber: 'PF-3X9Q2K',
    purchaseDate: '2024-03-15',
    purchaseValueCents: 189_900
  }
  incident.cyber = {
    assistanceReference: 'ASSIST-77-421',
    systemsAffected: 'Serveur de fichiers, messagerie',
    interruptionStart: '2026-02-10T19:00:00+01:00',
    interruptionEnd: '2026-02-12T08:00:00+01:00',
    ransomDemandedCents: 2_500_000,
    ransomPaid: 'no'
  }
  incident.cause = {
    ...incident.cause,
    theftPlace: 'Gare de Lyon, voie 11',
    theftCircumstances: 'Sacoche dérobée pendant la descente du train',
    origin: 'external',
    detectionMethod: 'Constat de l’absence de la sacoche à l’arrivée'
  }
  incident.data = {
    ...incident.data,
    personCategories: ['clients', 'employees'],
    otherEuStates: 'yes',
    medium: 'laptop'
  }
  incident.parties = [
    ...incident.parties,
    { id: 'pa-w', role: 'witness', name: 'Jean Témoin', contact: '06 00 00 00 00' }
  ]
  incident.timeline = incident.timeline.map((event) =>
    event.kind === 'complaint_filed'
      ? { ...event, service: 'Commissariat du 12e arrondissement', reference: 'PV-2026-000123' }
      : event
  )
  incident.timeline.push(
    {
      id: 'ev-cnil',
      kind: 'authority_notified',
      at: '2026-02-12T09:00:00+01:00',
      reference: 'CNIL-NOTIF-2026-0456'
    },
    {
      id: 'ev-ins',
      kind: 'insurer_notified',
      at: '2026-02-12T11:00:00+01:00',
      policyId: file.policies[0]!.id,
      reference: 'SIN-2026-98765'
    },
    {
      id: 'ev-inf',
      kind: 'persons_informed',
      at: '2026-02-13T10:00:00+01:00',
      service: 'Courriel individuel'
    }
  )
  incident.measures = [
    ...incident.measures.map((measure) => ({ ...measure, stage: 'mitigation' as const })),
    { id: 'me-before', description: 'Sauvegarde quotidienne chiffrée', stage: 'before' as const },
    {
      id: 'me-after',
      description: 'Chiffrement intégral des disques',
      stage: 'prevention' as const
    }
  ]
  incident.notificationDelayReason = 'Analyse du contenu du portable'
  file.policies = [
    {
      ...file.policies[0]!,
      broker: 'Cabinet Courtage Sud',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31'
    },
    ...file.policies.slice(1),
    {
      id: 'pol-cyber',
      kind: 'cyber',
      insurer: 'Hiscox',
      policyNumber: 'CYB-2026-7',
      confidentialityClause: 'yes',
      exclusions: [],
      assistancePhone: '01 00 00 00 00'
    }
  ]
  incident.policyIds = file.policies.map((policy) => policy.id)
  return file
}
