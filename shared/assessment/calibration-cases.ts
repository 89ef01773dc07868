/**
 * Published worked examples that are not ours, built as incidents, with the published conclusion
 * on notifying the supervisory authority and informing the persons. Used by calibration.test.ts
 * and counted in the rule-coverage check. Sources:
 * - EDPB, Guidelines 01/2021 on Examples regarding Personal Data Breach Notification, v2.0
 *   adopted 14 December 2021 (cases 01 to 18; the table « Actions necessary » of each case);
 * - EDPB, Guidelines 9/2022 on personal data breach notification, v2.0 (28 March 2023), Annex B
 *   (the examples table taken over from WP29 WP250 rev.01);
 * - ICO (UK), « Personal data breaches: a guide » (UK GDPR guidance), its example boxes;
 * - ENISA, Recommendations for a methodology of the assessment of severity of personal data
 *   breaches, v1.0, December 2013 (its DPC examples, domain.md §4);
 * - CNIL, « Quand faut-il notifier une violation de données à la CNIL ? » (en cas de doute, notifiez).
 * Facts the published text does not give are set to the neutral value and named in a comment.
 */
import type { AffectedData, Incident } from '../model/schema'
import { baseIncident, event } from './testing'

export type CalibrationCase = {
  /** Test name: the source first. */
  name: string
  incident: Incident
  notify: boolean
  inform: boolean
  /** Where Sentinelle departs on purpose from the published conclusion, and why. */
  departure?: { inform?: boolean; notify?: boolean; why: string }
}

const AWARE = '2026-03-10T10:00:00+01:00'

const build = (
  data: Partial<AffectedData>,
  over: Partial<Omit<Incident, 'data'>> = {}
): Incident => {
  const i = baseIncident()
  i.data = { ...i.data, ...data }
  Object.assign(i, over)
  i.timeline = [event('detected', AWARE), event('aware', AWARE)]
  return i
}

export const CALIBRATION_CASES: CalibrationCase[] = [
  {
    name: 'EDPB 01/2021 case 01: ransomware with proper backup, data encrypted at rest, no exfiltration',
    incident: build(
      {
        categories: ['identity', 'contact'],
        personsCount: 40, // « a few dozen individuals »
        encryption: 'state_of_the_art',
        backupAvailable: true,
        unavailabilityHours: 4, // « restored a few hours after the attack »
        leftOrganisation: 'no', // logs show no outward data flow
        recipients: 'none',
        personCategories: ['clients', 'employees']
      },
      {
        breachTypes: ['confidentiality', 'availability'],
        cause: { kind: 'cyberattack', detail: 'ransomware' }
      }
    ),
    notify: false,
    inform: false
  },
  {
    name: 'EDPB 01/2021 case 02: ransomware without proper backup, no exfiltration',
    incident: build(
      {
        categories: ['identity', 'contact'],
        personsCount: 40,
        backupAvailable: false,
        unavailabilityHours: 120, // restored from paper over several days
        leftOrganisation: 'no',
        recipients: 'none',
        personCategories: ['clients', 'employees']
      },
      {
        breachTypes: ['availability', 'integrity'],
        cause: { kind: 'cyberattack', detail: 'ransomware' }
      }
    ),
    notify: true,
    inform: false
  },
  {
    name: 'EDPB 01/2021 case 03: ransomware in a hospital, backup but days of unavailability',
    incident: build(
      {
        categories: ['identity', 'health'],
        healthLevel: 'medical',
        personsCount: 5000, // not given: a hospital's patients
        backupAvailable: true,
        unavailabilityHours: 48, // « a couple of days », operations delayed
        leftOrganisation: 'no',
        recipients: 'none',
        personCategories: ['patients']
      },
      {
        breachTypes: ['availability', 'integrity'],
        cause: { kind: 'cyberattack', detail: 'ransomware' }
      }
    ),
    notify: true,
    inform: true
  },
  {
    name: 'EDPB 01/2021 case 04: ransomware without backup and with exfiltration',
    incident: build(
      {
        categories: ['identity', 'contact', 'national_id', 'banking_card'],
        fraudEnabling: 'yes',
        personsCount: 3000, // « thousands of customers »
        backupAvailable: false,
        leftOrganisation: 'yes',
        recipients: 'unknown'
      },
      {
        breachTypes: ['confidentiality', 'availability'],
        cause: { kind: 'cyberattack', detail: 'ransomware' }
      }
    ),
    notify: true,
    inform: true
  },
  {
    name: 'EDPB 01/2021 case 05: exfiltration of job application data from a website',
    incident: build(
      {
        categories: ['identity', 'contact', 'other'], // full CVs
        fraudEnabling: 'yes', // a CV with identity, address and career is enough to impersonate
        personsCount: 213,
        leftOrganisation: 'yes',
        recipients: 'unknown',
        exposureHours: 24 * 30,
        personCategories: ['prospects']
      },
      { breachTypes: ['confidentiality'], cause: { kind: 'cyberattack', detail: 'hacking' } }
    ),
    notify: true,
    inform: true
  },
  {
    name: 'EDPB 01/2021 case 06: exfiltration of hashed passwords (salted, state of the art)',
    incident: build(
      {
        categories: ['credentials'],
        personsCount: 1200,
        encryption: 'state_of_the_art', // salted hashes with a state-of-the-art algorithm
        leftOrganisation: 'yes',
        recipients: 'unknown',
        personCategories: ['users']
      },
      { breachTypes: ['confidentiality'], cause: { kind: 'cyberattack', detail: 'hacking' } }
    ),
    notify: false,
    inform: false
  },
  {
    name: 'EDPB 01/2021 case 07: credential stuffing attack on a banking website',
    incident: build(
      {
        categories: ['identity', 'financial'],
        personsCount: 2000, // not given: the accounts logged into
        leftOrganisation: 'yes',
        recipients: 'unknown',
        personCategories: ['clients']
      },
      { breachTypes: ['confidentiality'], cause: { kind: 'cyberattack', detail: 'hacking' } }
    ),
    notify: true,
    inform: true
  },
  {
    name: 'EDPB 01/2021 case 08: exfiltration of business data by a departing employee',
    incident: build(
      {
        categories: ['identity', 'contact'],
        personsCount: 80, // not given: the customers of his portfolio
        leftOrganisation: 'yes',
        recipients: 'known', // the former employee and his new employer
        personCategories: ['clients']
      },
      { breachTypes: ['confidentiality'], cause: { kind: 'malicious_employee' } }
    ),
    notify: true,
    inform: false
  },
  {
    name: 'EDPB 01/2021 case 09: accidental transmission to a trusted third party (insurance agent)',
    incident: build(
      {
        categories: ['identity', 'contact', 'financial'],
        personsCount: 3, // « two or three customers »
        leftOrganisation: 'yes',
        recipients: 'known',
        recipientsCount: 1,
        recipientTrusted: 'yes', // an agent bound by professional secrecy
        deletionConfirmed: 'yes',
        personCategories: ['clients']
      },
      { breachTypes: ['confidentiality'], cause: { kind: 'human_error', detail: 'other' } }
    ),
    notify: false,
    inform: false
  },
  {
    name: 'EDPB 01/2021 case 10: stolen tablets storing encrypted data of children (daycare)',
    incident: build(
      {
        categories: ['identity', 'contact'],
        personsCount: 60, // not given: the children of the daycare
        vulnerablePersons: true,
        encryption: 'state_of_the_art',
        backupAvailable: true,
        leftOrganisation: 'yes',
        recipients: 'none',
        personCategories: ['minors']
      },
      {
        breachTypes: ['confidentiality', 'availability'],
        cause: { kind: 'loss_theft', detail: 'stolen_device' }
      }
    ),
    notify: false,
    inform: false
  },
  {
    name: 'EDPB 01/2021 case 11: stolen notebook with unencrypted data of 100,000 customers',
    incident: build(
      {
        categories: ['identity', 'contact'], // names, sex, addresses, dates of birth
        fraudEnabling: 'yes', // identity, address and date of birth: enough for identity fraud
        personsCount: 100_000,
        backupAvailable: true,
        leftOrganisation: 'yes',
        recipients: 'none',
        personCategories: ['clients']
      },
      {
        breachTypes: ['confidentiality', 'availability'],
        cause: { kind: 'loss_theft', detail: 'stolen_device' }
      }
    ),
    notify: true,
    inform: true
  },
  {
    name: 'EDPB 01/2021 case 12: stolen paper logbook of a drug addiction rehabilitation centre',
    incident: build(
      {
        categories: ['identity', 'health'],
        healthLevel: 'serious', // addiction treatment
        personsCount: 50, // not given
        backupAvailable: false,
        leftOrganisation: 'yes',
        recipients: 'none',
        personCategories: ['patients'],
        medium: 'paper'
      },
      {
        breachTypes: ['confidentiality', 'availability'],
        cause: { kind: 'loss_theft', detail: 'stolen_device' }
      }
    ),
    notify: true,
    inform: true
  },
  {
    name: 'EDPB 01/2021 case 13: postal mail mistake, two customers receive each other’s order and slip',
    incident: build(
      {
        categories: ['identity', 'contact', 'other'], // name, address, items, price
        personsCount: 2,
        leftOrganisation: 'yes',
        recipients: 'known',
        recipientsCount: 1,
        recipientTrusted: 'no',
        deletionConfirmed: 'unknown',
        personCategories: ['clients'],
        medium: 'paper'
      },
      { breachTypes: ['confidentiality'], cause: { kind: 'human_error', detail: 'other' } }
    ),
    notify: false,
    inform: true,
    departure: {
      inform: false,
      why: 'The EDPB says the risk is not high, so art. 34 does not mandate informing the two customers, but they must be contacted anyway because their cooperation is needed to return the items and slips. Sentinelle reports the legal duty (art. 34: not required) and leaves that practical contact to the checklist item checklist.contain.recover_mail (get the documents back).'
    }
  },
  {
    name: 'EDPB 01/2021 case 14: highly confidential data (social security numbers) e-mailed to many jobseekers',
    incident: build(
      {
        categories: ['identity', 'contact', 'national_id'],
        fraudEnabling: 'yes',
        personsCount: 500, // not given: the jobseekers listed
        leftOrganisation: 'yes',
        recipients: 'known',
        recipientsCount: 100,
        recipientTrusted: 'no',
        deletionConfirmed: 'unknown',
        personCategories: ['users'],
        medium: 'email'
      },
      {
        breachTypes: ['confidentiality'],
        cause: { kind: 'human_error', detail: 'misdirected_email' }
      }
    ),
    notify: true,
    inform: true
  },
  {
    // The published conclusion is taken from a practitioners' summary table of the guidelines
    // (ije.be, « Examples of when to notify data breaches »: « Postal dispatch error of motor
    // insurance policy: notify yes, inform no, if no sensitive data »), to check against the
    // EDPB text itself: the stored copy of the guidelines stops before this case.
    name: 'EDPB 01/2021 case 16: snail mail mistake, a car insurance policy posted to another policyholder',
    incident: build(
      {
        // name, address, birth date, registration number, premiums, mileage
        categories: ['identity', 'contact', 'other'],
        // name, address and date of birth together: as in case 11, enough for identity fraud
        fraudEnabling: 'yes',
        personsCount: 1, // two letters in one envelope: one other policyholder's letter
        leftOrganisation: 'yes',
        recipients: 'known',
        recipientsCount: 1,
        recipientTrusted: 'no',
        deletionConfirmed: 'unknown',
        personCategories: ['clients'],
        medium: 'paper'
      },
      { breachTypes: ['confidentiality'], cause: { kind: 'human_error', detail: 'other' } }
    ),
    notify: true,
    inform: false
  },
  {
    name: 'EDPB 01/2021 case 17: identity theft by social engineering at a telecom operator',
    incident: build(
      {
        categories: ['identity', 'contact', 'behavioural'], // invoices with call records
        personsCount: 1,
        leftOrganisation: 'yes',
        recipients: 'unknown',
        personCategories: ['clients']
      },
      {
        breachTypes: ['confidentiality', 'integrity'], // the e-mail address was changed
        cause: { kind: 'cyberattack', detail: 'phishing' }
      }
    ),
    notify: true,
    inform: true
  },
  /*
   * Annex B of the breach-notification guidelines (WP29 WP250 rev.01, 2018, kept as Annex B of
   * EDPB Guidelines 9/2022 v2.0): « Examples of personal data breaches and who to notify ».
   * Only the examples whose published answer is a plain yes or no are encoded; those answered
   * « depending on the nature and severity » are not (they test nothing).
   */
  {
    name: 'EDPB 9/2022 Annex B (i): encrypted backup on a USB key stolen in a break-in',
    incident: build(
      {
        categories: ['identity', 'contact'],
        personsCount: 500, // not given
        encryption: 'state_of_the_art', // « encrypted using a state of the art algorithm »
        backupAvailable: true, // « backups of the data exist »
        leftOrganisation: 'yes',
        recipients: 'unknown',
        personCategories: ['clients'],
        medium: 'removable_media'
      },
      {
        breachTypes: ['confidentiality', 'availability'],
        cause: { kind: 'loss_theft', detail: 'stolen_device' }
      }
    ),
    notify: false,
    inform: false
  },
  {
    name: 'EDPB 9/2022 Annex B (iii): power outage of several minutes, customers cannot reach their records',
    incident: build(
      {
        categories: ['identity', 'contact'],
        personsCount: 200, // not given: the customers who called meanwhile
        backupAvailable: true,
        unavailabilityHours: 0.1, // « several minutes »
        leftOrganisation: 'no',
        recipients: 'none',
        personCategories: ['clients'],
        medium: 'server'
      },
      { breachTypes: ['availability'], cause: { kind: 'other', detail: 'other' } }
    ),
    notify: false,
    inform: false
  },
  {
    name: 'EDPB 9/2022 Annex B (vi): online marketplace hacked, usernames, passwords and purchase history published',
    incident: build(
      {
        categories: ['identity', 'contact', 'credentials', 'behavioural'],
        personsCount: 50_000, // not given: customers in several Member States
        fraudEnabling: 'yes', // credentials usable on other sites
        leftOrganisation: 'yes',
        recipients: 'unknown', // « published online »
        personCategories: ['clients'],
        otherEuStates: 'yes',
        medium: 'website'
      },
      { breachTypes: ['confidentiality'], cause: { kind: 'cyberattack', detail: 'hacking' } }
    ),
    notify: true,
    inform: true
  },
  {
    name: 'EDPB 9/2022 Annex B (viii): hospital medical records unavailable for 30 hours after a cyberattack',
    incident: build(
      {
        categories: ['identity', 'health'],
        healthLevel: 'medical',
        personsCount: 5_000, // not given: the hospital's patients
        vulnerablePersons: true,
        backupAvailable: true,
        unavailabilityHours: 30,
        leftOrganisation: 'no',
        recipients: 'none',
        personCategories: ['patients'],
        medium: 'server'
      },
      { breachTypes: ['availability'], cause: { kind: 'cyberattack', detail: 'hacking' } }
    ),
    notify: true,
    inform: true
  },
  /*
   * ICO, UK GDPR guidance « Personal data breaches: a guide », its two « Example » boxes whose
   * answer is plain (UK GDPR arts. 33-34 are worded as the EU GDPR's).
   */
  {
    name: 'ICO breach guide: loss of a staff telephone list (« you would not normally need to notify »)',
    incident: build(
      {
        categories: ['identity', 'contact'], // work names and extensions
        personsCount: 30, // not given: a small firm's staff
        backupAvailable: true,
        leftOrganisation: 'unknown',
        recipients: 'none',
        personCategories: ['employees'],
        medium: 'paper'
      },
      {
        breachTypes: ['confidentiality', 'availability'],
        cause: { kind: 'loss_theft', detail: 'lost_device' }
      }
    ),
    notify: false,
    inform: false
  },
  {
    name: 'ICO breach guide: a hospital accidentally discloses patient records (inform them: high risk)',
    incident: build(
      {
        categories: ['identity', 'health'],
        healthLevel: 'medical', // « confidential medical details becoming known to others »
        personsCount: 50, // not given
        vulnerablePersons: true,
        leftOrganisation: 'yes',
        recipients: 'known',
        recipientsCount: 5, // not given
        recipientTrusted: 'no',
        deletionConfirmed: 'unknown',
        personCategories: ['patients']
      },
      { breachTypes: ['confidentiality'], cause: { kind: 'human_error', detail: 'other' } }
    ),
    notify: true,
    inform: true
  },
  {
    name: 'CNIL « en cas de doute, notifiez »: a misdirected e-mail of health data, recipient unknown',
    incident: build(
      {
        categories: ['identity', 'health'],
        healthLevel: 'incidental',
        personsCount: 3,
        identifiability: 'limited',
        leftOrganisation: 'yes',
        recipients: 'known',
        recipientTrusted: 'unknown',
        deletionConfirmed: 'unknown'
      },
      {
        breachTypes: ['confidentiality'],
        cause: { kind: 'human_error', detail: 'misdirected_email' }
      }
    ),
    notify: true,
    inform: false
  }
]
