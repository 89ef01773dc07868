import type { SameKeysAs } from '../../translations'
import type { policies as french } from '../fr/policies'

export const policies = {
  'policies.title': 'My insurance',
  'policies.intro':
    'Enter your policies once: they are offered for every incident afterwards. The details are in your policy schedule.',
  'policies.empty': 'No insurance policy recorded.',
  'policies.add': 'Add a policy',
  'policies.edit': 'Edit',
  'policies.remove': 'Delete',
  'policies.remove.confirm.title': 'Delete this policy?',
  'policies.remove.confirm.body':
    'The policy {name} will be removed from the list. Incidents already filed keep their assessment.',
  'policies.remove.confirm.ok': 'Delete',
  'policies.cancel': 'Cancel',
  'policies.save': 'Save the policy',
  'policies.saved': 'Policy saved.',
  'policies.removed': 'Policy deleted.',
  'policies.error': 'The policy could not be saved: {message}',
  'policies.form.addTitle': 'New insurance policy',
  'policies.form.editTitle': 'Edit the insurance policy',
  'policies.kind.label': 'Type of policy',
  'policies.kind.help':
    'Professional liability covers harm you cause to your clients; cyber insurance also covers your own costs (forensics, restoration, notification).',
  'policies.kind.rc_pro': 'Professional liability (RC Pro)',
  'policies.kind.rc_pro_confidentiality': 'Professional liability with a confidentiality extension',
  'policies.kind.cyber': 'Cyber insurance',
  'policies.kind.property': 'Office or home multi-risk (property)',
  'policies.kind.legal_protection': 'Legal protection',
  'policies.insurer.label': 'Insurer',
  'policies.policyNumber.label': 'Policy number',
  'policies.label.label': 'A name to recognise it',
  'policies.confidentiality.label': 'Does the policy mention confidentiality or data breaches?',
  'policies.confidentiality.help':
    'Look for “confidentiality”, “personal data” or “cyber” in the cover and in the exclusions.',
  'policies.declaration.label': 'Claim declaration deadline (working days)',
  'policies.declaration.help':
    'Written in the policy. The law allows no less than 5 working days (French Insurance Code Art. L113-2); leave empty if you cannot find it.',
  'policies.deductible.label': 'Deductible (€)',
  'policies.limit.label': 'Limit of cover (€)',
  'policies.exclusions.label': 'Exclusions you see in the policy',
  'policies.exclusions.help': 'Tick those that appear in the list of exclusions.',
  'policies.exclusion.cyber': 'Cyberattacks, IT risks',
  'policies.exclusion.digital_privacy': 'Digital data or privacy breaches',
  'policies.exclusion.confidentiality': 'Confidentiality breaches',
  'policies.exclusion.ransom': 'Ransoms',
  'policies.exclusion.unattended_device_theft': 'Theft of an unattended device',
  'policies.exclusion.lack_of_security': 'No minimum security measures',
  'policies.field.required': 'Required',
  'policies.field.positive': 'Enter a positive number',
  'policies.column.kind': 'Type',
  'policies.column.insurer': 'Insurer',
  'policies.column.number': 'Policy',
  'policies.column.actions': 'Actions'
} as const satisfies SameKeysAs<typeof french>
