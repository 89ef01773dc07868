/**
 * The first-run screen's sample choices: each sample's slug and title, without the samples
 * themselves (shared/model/samples.ts, 16 KB of incidents fetched when one is loaded). The
 * first screen draws the list from here, so the samples stay off the start path (issue 12); a
 * test keeps this list equal to the samples' own slugs and titles, in the same order.
 */
import type { Localized } from '@shared/model/loc'

export type SampleChoice = { slug: string; title: Localized }

export const SAMPLE_CHOICES: readonly SampleChoice[] = [
  {
    slug: 'consultant-lost-laptop',
    title: { fr: 'Consultante : ordinateur portable perdu', en: 'Consultant: lost laptop' }
  },
  {
    slug: 'physician-ransomware',
    title: { fr: 'Médecin : rançongiciel au cabinet', en: 'Physician: ransomware at the practice' }
  },
  {
    slug: 'accountant-misdirected-email',
    title: { fr: 'Expert-comptable : courriel mal adressé', en: 'Accountant: misdirected email' }
  },
  {
    slug: 'agency-file-to-competitor',
    title: {
      fr: 'Agence digitale : fichier envoyé à un concurrent',
      en: 'Digital agency: file sent to a competitor'
    }
  },
  {
    slug: 'emerchant-phishing',
    title: {
      fr: 'E-commerçante : hameçonnage et vol du fichier clients',
      en: 'E-merchant: phishing and customer file theft'
    }
  },
  {
    slug: 'lawyer-stolen-encrypted-laptop',
    title: { fr: 'Avocat : ordinateur chiffré volé', en: 'Lawyer: stolen encrypted laptop' }
  }
]
