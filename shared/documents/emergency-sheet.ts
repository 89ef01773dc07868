/**
 * The emergency sheet, offered once at the set-up of encryption: the recovery key in a readable
 * grouped form, the date, what it unlocks, where to keep it, and the plain warning that without
 * the passphrase and this key the data are lost (nobody can recover them). One A4 page, to print.
 */
import type { Lang } from '../model'
import type { Block } from '../pdf'
import { instantToDateKey } from '../time'
import { buildDocumentFileName } from './file-name'
import { BCP47, formatInstant } from './format'
import type { BuiltDocument, DocumentSpec, RenderContext } from './spec'
import { fieldsTable, pageFooter, renderSpec } from './spec'

export type EmergencySheetInput = {
  /** As shown at set-up: 8 groups of 4 characters joined by dashes (renderer/src/crypto/keys). */
  recoveryKey: string
  /** Time zone of the set-up date as printed. */
  timeZone: string
}

const T = {
  fr: {
    title: 'Feuille de secours',
    subtitle: 'Clé de secours du registre Sentinelle',
    subject: 'Clé de secours du registre chiffré',
    created: 'Créée le',
    key: 'Clé de secours',
    unlocks: 'Ce qu’elle ouvre',
    unlocksText:
      'Le registre chiffré de Sentinelle sur cet ordinateur : tous les incidents, leurs pièces jointes, l’historique, les contrats d’assurance et les brouillons. Elle remplace la phrase secrète : sur l’écran de déverrouillage, choisissez « J’ai oublié la phrase secrète : utiliser la clé de secours », tapez-la (majuscules, tirets et espaces sont indifférents), puis choisissez une nouvelle phrase secrète dans les réglages.',
    keep: 'Où la garder',
    keepText:
      'Imprimez cette feuille et rangez-la à part de l’ordinateur, dans un lieu fermé (coffre, tiroir fermé à clé), ou recopiez la clé dans un gestionnaire de mots de passe. Jamais dans la sacoche de l’ordinateur, ni dans un courriel, ni dans un fichier sur l’ordinateur lui-même. Quiconque a cette clé et l’ordinateur peut lire le registre.',
    lost: 'Sans la phrase secrète et sans cette clé de secours, les données sont perdues : personne ne peut les récupérer, pas même les auteurs de Sentinelle.',
    kept: ['Conservée par', 'Lieu de conservation'],
    kind: 'feuille-de-secours'
  },
  en: {
    title: 'Emergency sheet',
    subtitle: 'Recovery key of the Sentinelle register',
    subject: 'Recovery key of the encrypted register',
    created: 'Created on',
    key: 'Recovery key',
    unlocks: 'What it unlocks',
    unlocksText:
      'The encrypted Sentinelle register on this computer: every incident, its attachments, the history, the insurance policies and the drafts. It stands in for the passphrase: on the unlock screen, choose “I forgot the passphrase: use the recovery key”, type it (case, dashes and spaces do not matter), then choose a new passphrase in the settings.',
    keep: 'Where to keep it',
    keepText:
      'Print this sheet and keep it away from the computer, somewhere locked (a safe, a locked drawer), or copy the key into a password manager. Never in the laptop bag, never in an e-mail, never in a file on the computer itself. Whoever has this key and the computer can read the register.',
    lost: 'Without the passphrase and without this recovery key, the data are lost: nobody can recover them, not even the authors of Sentinelle.',
    kept: ['Kept by', 'Where it is kept'],
    kind: 'emergency-sheet'
  }
} as const satisfies Record<Lang, Record<string, string | readonly string[]>>

/** `ABCD-EFGH-…` as two lines of four groups, spaced: easy to read aloud and to copy by hand. */
export function groupRecoveryKey(recoveryKey: string): string[] {
  const groups = recoveryKey
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .match(/.{1,4}/g) ?? ['']
  const lines: string[] = []
  for (let i = 0; i < groups.length; i += 4) lines.push(groups.slice(i, i + 4).join(' - '))
  return lines
}

export function emergencySheetSpec(
  input: EmergencySheetInput,
  context: Omit<RenderContext, 'fonts'>
): DocumentSpec {
  const { lang, createdAt } = context
  const t = T[lang]
  const blocks: Block[] = [
    { kind: 'title', text: t.title, subtitle: t.subtitle },
    fieldsTable([[t.created, formatInstant(createdAt, lang, input.timeZone)]]),
    { kind: 'heading', text: t.key },
    ...groupRecoveryKey(input.recoveryKey).map((line): Block => ({
      kind: 'paragraph',
      text: line,
      font: 'bold',
      size: 20
    })),
    { kind: 'notice', tone: 'warning', text: t.lost },
    { kind: 'heading', text: t.unlocks },
    { kind: 'paragraph', text: t.unlocksText },
    { kind: 'heading', text: t.keep },
    { kind: 'paragraph', text: t.keepText },
    { kind: 'signature', labels: [...t.kept] }
  ]
  return {
    blocks,
    header: { left: `Sentinelle — ${t.title}`, right: instantToDateKey(createdAt, input.timeZone) },
    footer: pageFooter,
    metadata: {
      title: `Sentinelle — ${t.title}`,
      subject: t.subject,
      author: 'Sentinelle',
      language: BCP47[lang],
      keywords: ['recovery key', 'emergency sheet'],
      createdAt
    },
    fileName: buildDocumentFileName({
      date: instantToDateKey(createdAt, input.timeZone),
      reference: 'sentinelle',
      kind: t.kind,
      extension: 'pdf'
    })
  }
}

export function buildEmergencySheet(
  input: EmergencySheetInput,
  context: RenderContext
): Promise<BuiltDocument> {
  return renderSpec(emergencySheetSpec(input, context), context.fonts)
}
