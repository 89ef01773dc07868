/** Bilingual labels of the model's enumerations, shared by the UI, the documents and the CLI. */
import { loc } from './loc'
import type { Localized } from './loc'
import type {
  ActorRole,
  BreachType,
  CauseDetail,
  CauseKind,
  DataCategory,
  DataRoleKind,
  EmployeeScope,
  HealthLevel,
  LossKind,
  MeasureStage,
  Medium,
  PersonCategory,
  PolicyExclusion,
  PolicyKind,
  Profession,
  TimelineEventKind
} from './schema'

export const PROFESSION_LABELS: Record<Profession, Localized> = {
  physician: loc('Médecin', 'Physician'),
  health_professional: loc('Professionnel de santé', 'Health professional'),
  lawyer: loc('Avocat', 'Lawyer'),
  accountant: loc('Expert-comptable', 'Chartered accountant'),
  consultant: loc('Consultant', 'Consultant'),
  digital_agency: loc('Agence digitale', 'Digital agency'),
  e_merchant: loc('E-commerçant', 'E-merchant'),
  other: loc('Autre profession', 'Other profession')
}

export const TIMELINE_EVENT_LABELS: Record<TimelineEventKind, Localized> = {
  occurred: loc('Survenance de l’incident', 'Incident occurred'),
  detected: loc('Détection', 'Detection'),
  aware: loc('Prise de connaissance de la violation', 'Became aware of the breach'),
  processor_notice: loc('Avis du sous-traitant', 'Processor’s notice'),
  contained: loc('Incident maîtrisé', 'Incident contained'),
  complaint_filed: loc('Plainte déposée', 'Police complaint filed'),
  pre_complaint_filed: loc(
    'Pré-plainte en ligne (à signer au commissariat ou à la gendarmerie)',
    'Online pre-complaint (to be signed at the police station)'
  ),
  authority_notified: loc('Notification à la CNIL', 'Supervisory authority notified'),
  persons_informed: loc('Personnes concernées informées', 'Data subjects informed'),
  insurer_notified: loc('Déclaration à l’assureur', 'Insurer notified'),
  ars_reported: loc('Signalement à l’ARS', 'Reported to the ARS'),
  closed: loc('Clôture', 'Closed'),
  other: loc('Autre événement', 'Other event')
}

export const DATA_CATEGORY_LABELS: Record<DataCategory, Localized> = {
  identity: loc('Identité', 'Identity'),
  contact: loc('Coordonnées', 'Contact details'),
  financial: loc('Données financières', 'Financial data'),
  banking_card: loc('Coordonnées bancaires ou carte', 'Bank or card details'),
  credentials: loc('Identifiants et mots de passe', 'Credentials and passwords'),
  location: loc('Localisation', 'Location'),
  behavioural: loc('Habitudes et comportements', 'Behavioural data'),
  health: loc('Données de santé', 'Health data'),
  special_other: loc(
    'Autres données sensibles (art. 9 RGPD)',
    'Other special categories (GDPR art. 9)'
  ),
  offences: loc('Infractions et condamnations (art. 10 RGPD)', 'Criminal offences (GDPR art. 10)'),
  national_id: loc('Numéro d’identification national', 'National identification number'),
  business_confidential: loc(
    'Informations confidentielles d’affaires',
    'Confidential business information'
  ),
  other: loc('Autres données', 'Other data')
}

export const BREACH_TYPE_LABELS: Record<BreachType, Localized> = {
  confidentiality: loc('Confidentialité', 'Confidentiality'),
  integrity: loc('Intégrité', 'Integrity'),
  availability: loc('Disponibilité', 'Availability')
}

export const CAUSE_KIND_LABELS: Record<CauseKind, Localized> = {
  human_error: loc('Erreur humaine', 'Human error'),
  loss_theft: loc('Perte ou vol d’un appareil', 'Loss or theft of a device'),
  inadequate_protection: loc('Protection insuffisante', 'Inadequate protection'),
  intentional_insured: loc('Acte intentionnel de l’assuré', 'Intentional act of the insured'),
  malicious_employee: loc('Acte malveillant d’un salarié', 'Malicious act of an employee'),
  cyberattack: loc('Cyberattaque', 'Cyberattack'),
  other: loc('Autre cause', 'Other cause')
}

export const CAUSE_DETAIL_LABELS: Record<CauseDetail, Localized> = {
  misdirected_email: loc(
    'Courriel envoyé au mauvais destinataire',
    'Email sent to the wrong recipient'
  ),
  accidental_publication: loc('Publication accidentelle en ligne', 'Accidental online publication'),
  lost_device: loc('Appareil perdu', 'Lost device'),
  stolen_device: loc('Appareil volé', 'Stolen device'),
  phishing: loc('Hameçonnage (phishing)', 'Phishing'),
  ransomware: loc('Rançongiciel', 'Ransomware'),
  hacking: loc('Piratage', 'Hacking'),
  other: loc('Autre', 'Other')
}

export const POLICY_KIND_LABELS: Record<PolicyKind, Localized> = {
  rc_pro: loc('RC Pro', 'Professional liability (RC Pro)'),
  rc_pro_confidentiality: loc(
    'Extension RC Pro « atteinte à la confidentialité »',
    'RC Pro confidentiality breach extension'
  ),
  cyber: loc('Assurance cyber-risques', 'Cyber insurance'),
  property: loc('Multirisque / dommages aux biens', 'Property / multi-risk insurance'),
  legal_protection: loc('Protection juridique', 'Legal protection')
}

export const POLICY_EXCLUSION_LABELS: Record<PolicyExclusion, Localized> = {
  cyber: loc('Cyberattaques exclues', 'Cyberattacks excluded'),
  digital_privacy: loc(
    'Atteintes à la vie privée numérique exclues',
    'Digital privacy breaches excluded'
  ),
  confidentiality: loc(
    'Violations de confidentialité exclues',
    'Confidentiality breaches excluded'
  ),
  ransom: loc('Rançons exclues', 'Ransom payments excluded'),
  unattended_device_theft: loc(
    'Vol d’un appareil laissé sans surveillance exclu',
    'Theft of an unattended device excluded'
  ),
  lack_of_security: loc(
    'Défaut de mesures de sécurité minimales exclu',
    'Failure to maintain minimum security excluded'
  )
}

export const LOSS_KIND_LABELS: Record<LossKind, Localized> = {
  forensics: loc('Investigation technique', 'Forensics'),
  notification: loc('Frais de notification', 'Notification costs'),
  restoration: loc('Restauration des données et systèmes', 'Data and system restoration'),
  business_interruption: loc('Pertes d’exploitation', 'Business interruption'),
  ransom: loc('Rançon', 'Ransom'),
  legal: loc('Frais juridiques', 'Legal costs'),
  device: loc('Remplacement du matériel', 'Device replacement'),
  reputation: loc('Atteinte à la réputation', 'Reputational harm'),
  crisis_communication: loc('Communication de crise', 'Crisis communication'),
  other: loc('Autres frais', 'Other costs')
}

export const DATA_ROLE_LABELS: Record<DataRoleKind, Localized> = {
  controller: loc('Responsable du traitement', 'Controller'),
  processor: loc('Sous-traitant (pour un client)', 'Processor (for a client)'),
  joint_controller: loc('Responsable conjoint du traitement', 'Joint controller')
}

export const PERSON_CATEGORY_LABELS: Record<PersonCategory, Localized> = {
  patients: loc('Patients', 'Patients'),
  clients: loc('Clients', 'Clients'),
  employees: loc('Salariés', 'Employees'),
  minors: loc('Mineurs', 'Minors'),
  prospects: loc('Prospects', 'Prospects'),
  users: loc('Usagers ou utilisateurs', 'Users'),
  other: loc('Autres personnes', 'Other persons')
}

export const HEALTH_LEVEL_LABELS: Record<HealthLevel, Localized> = {
  incidental: loc(
    'Simple mention (rendez-vous, arrêt de travail sans motif)',
    'Incidental mention (appointment, sick leave without reason)'
  ),
  medical: loc(
    'Données médicales (diagnostic, traitement, résultats)',
    'Medical data (diagnosis, treatment, results)'
  ),
  serious: loc(
    'Données particulièrement graves (santé mentale, VIH, génétique, addictions)',
    'Especially serious data (mental health, HIV, genetics, addiction)'
  )
}

export const MEDIUM_LABELS: Record<Medium, Localized> = {
  laptop: loc('Ordinateur portable', 'Laptop'),
  phone: loc('Téléphone ou tablette', 'Phone or tablet'),
  removable_media: loc('Clé USB ou disque amovible', 'USB key or removable disk'),
  paper: loc('Document papier', 'Paper document'),
  email: loc('Courriel', 'E-mail'),
  server: loc('Serveur ou poste fixe', 'Server or desktop computer'),
  cloud: loc('Service en ligne (cloud)', 'Online service (cloud)'),
  website: loc('Site internet', 'Website'),
  other: loc('Autre support', 'Other medium')
}

export const ACTOR_ROLE_LABELS: Record<ActorRole, Localized> = {
  insured_or_director: loc('L’assuré ou un dirigeant', 'The insured or a director'),
  employee: loc('Un salarié', 'An employee'),
  contractor: loc('Un prestataire', 'A contractor'),
  outsider: loc('Une personne extérieure', 'An outsider'),
  unknown: loc('Inconnu', 'Unknown')
}

export const EMPLOYEE_SCOPE_LABELS: Record<EmployeeScope, Localized> = {
  within_duties: loc('Dans le cadre de ses fonctions', 'Within his duties'),
  outside_duties: loc('En dehors de ses fonctions', 'Outside his duties'),
  unknown: loc('On ne sait pas encore', 'Not known yet')
}

export const MEASURE_STAGE_LABELS: Record<MeasureStage, Localized> = {
  before: loc('Mesure en place avant la violation', 'Measure in place before the breach'),
  mitigation: loc('Mesure prise pour limiter les effets', 'Measure taken to mitigate'),
  prevention: loc(
    'Mesure prévue pour éviter que cela se reproduise',
    'Measure planned to prevent recurrence'
  )
}
