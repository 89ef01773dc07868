import type { Catalogue } from '../../translations'

export const policies = {
  'policies.title': 'Mes assurances',
  'policies.intro':
    'Saisissez vos contrats une fois : ils sont proposés ensuite pour chaque incident. Les informations figurent aux conditions particulières de votre contrat.',
  'policies.empty': 'Aucune assurance enregistrée.',
  'policies.add': 'Ajouter une assurance',
  'policies.edit': 'Modifier',
  'policies.remove': 'Supprimer',
  'policies.remove.confirm.title': 'Supprimer ce contrat ?',
  'policies.remove.confirm.body':
    'Le contrat {name} sera retiré de la liste. Les incidents déjà enregistrés gardent leur analyse.',
  'policies.remove.confirm.ok': 'Supprimer',
  'policies.cancel': 'Annuler',
  'policies.save': 'Enregistrer le contrat',
  'policies.saved': 'Contrat enregistré.',
  'policies.removed': 'Contrat supprimé.',
  'policies.error': 'Le contrat n’a pas pu être enregistré : {message}',
  'policies.form.addTitle': 'Nouvelle assurance',
  'policies.form.editTitle': 'Modifier l’assurance',
  'policies.kind.label': 'Type de contrat',
  'policies.kind.help':
    'La « RC Pro » couvre les dommages que vous causez à vos clients ; l’assurance cyber couvre aussi vos propres frais (expert, restauration, notification).',
  'policies.kind.rc_pro': 'Responsabilité civile professionnelle (RC Pro)',
  'policies.kind.rc_pro_confidentiality': 'RC Pro avec extension « atteinte à la confidentialité »',
  'policies.kind.cyber': 'Assurance cyber',
  'policies.kind.property': 'Multirisque bureau ou habitation (biens)',
  'policies.kind.legal_protection': 'Protection juridique',
  'policies.insurer.label': 'Assureur',
  'policies.policyNumber.label': 'Numéro de contrat',
  'policies.label.label': 'Nom pour vous y retrouver',
  'policies.confidentiality.label':
    'Le contrat mentionne-t-il les atteintes à la confidentialité ou aux données ?',
  'policies.confidentiality.help':
    'Cherchez « confidentialité », « données personnelles » ou « cyber » dans les garanties et les exclusions.',
  'policies.declaration.label': 'Délai de déclaration de sinistre (jours ouvrés)',
  'policies.declaration.help':
    'Inscrit dans le contrat. La loi ne permet pas moins de 5 jours ouvrés (C. assur. art. L113-2) ; laissez vide si vous ne le trouvez pas.',
  'policies.deductible.label': 'Franchise (€)',
  'policies.limit.label': 'Plafond de garantie (€)',
  'policies.exclusions.label': 'Exclusions que vous voyez dans le contrat',
  'policies.exclusions.help': 'Cochez celles qui figurent dans la liste des exclusions.',
  'policies.exclusion.cyber': 'Cyberattaques, risques informatiques',
  'policies.exclusion.digital_privacy': 'Atteintes aux données numériques ou à la vie privée',
  'policies.exclusion.confidentiality': 'Violations de confidentialité',
  'policies.exclusion.ransom': 'Rançons',
  'policies.exclusion.unattended_device_theft': 'Vol d’un appareil laissé sans surveillance',
  'policies.exclusion.lack_of_security': 'Absence de mesures de sécurité minimales',
  'policies.field.required': 'Champ obligatoire',
  'policies.field.positive': 'Indiquez un nombre positif',
  'policies.column.kind': 'Type',
  'policies.column.insurer': 'Assureur',
  'policies.column.number': 'Contrat',
  'policies.column.actions': 'Actions'
} as const satisfies Catalogue
