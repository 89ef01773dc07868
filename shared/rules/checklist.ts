/**
 * The incident-response checklist, by phase. Each rule picks its items from the incident's facts
 * and, where a deadline applies, carries its due instant. Sources: cybermalveillance.gouv.fr,
 * Gendarmerie nationale, CERT-FR (CERTFR-2024-RFX-001), CNIL, the Codes cited per item.
 */
import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import type { ChecklistPhaseId } from './phases'
import type { DecisionContext } from './context'
import { dateTime } from './format'
import type { RuleMeta } from './types'

export type ChecklistEntry = { key?: string; text: Localized; dueMs?: number; done: boolean }

export type ChecklistRule = RuleMeta & {
  phase: ChecklistPhaseId
  when: (c: DecisionContext) => boolean
  items: (c: DecisionContext) => ChecklistEntry[]
}

const m = (r: Omit<ChecklistRule, 'group'>): ChecklistRule => ({ ...r, group: 'checklist' })
const one = (text: Localized, done = false, dueMs?: number): ChecklistEntry[] => [
  dueMs === undefined ? { text, done } : { text, done, dueMs }
]
const cyberSystem = (c: DecisionContext) =>
  c.facts.cyberattack && c.facts.incident.cause.detail !== 'phishing'

export const CHECKLIST_RULES: readonly ChecklistRule[] = [
  // Contain
  m({
    id: 'checklist.contain.isolate',
    source: 'Cybermalveillance / ANSSI',
    reference: 'cybermalveillance.gouv.fr (rançongiciel) ; Gendarmerie nationale',
    summary: loc(
      'Isoler les machines touchées du réseau sans les éteindre.',
      'Isolate affected machines from the network without switching them off.'
    ),
    phase: 'contain',
    when: cyberSystem,
    items: (c) =>
      one(
        loc(
          'Débranchez du réseau les machines touchées (câble, Wi-Fi, données mobiles) mais ne les éteignez pas : la mémoire garde des traces utiles à l’enquête.',
          'Disconnect affected machines from the network (cable, Wi-Fi, mobile data) but do not switch them off: memory holds traces the investigation needs.'
        ),
        c.facts.firstEvent.contained !== undefined
      )
  }),
  m({
    id: 'checklist.contain.it_support',
    source: 'Cybermalveillance / ANSSI',
    reference: 'cybermalveillance.gouv.fr ; CERT-FR CERTFR-2024-RFX-001',
    summary: loc(
      'Appeler le prestataire informatique ou cybermalveillance.gouv.fr.',
      'Call the IT provider or cybermalveillance.gouv.fr.'
    ),
    phase: 'contain',
    when: (c) => c.facts.cyberattack || c.facts.maliciousEmployee,
    items: () =>
      one(
        loc(
          'Appelez votre prestataire informatique, l’assistance de votre assurance cyber ou cybermalveillance.gouv.fr pour être guidé.',
          'Call your IT provider, your cyber insurer’s assistance line or cybermalveillance.gouv.fr for guidance.'
        )
      )
  }),
  m({
    id: 'checklist.contain.do_not_pay',
    source: 'Cybermalveillance / ANSSI',
    reference: 'cybermalveillance.gouv.fr (rançongiciel) ; ANSSI',
    summary: loc('Ne pas payer la rançon.', 'Do not pay the ransom.'),
    phase: 'contain',
    when: (c) => c.facts.ransomware,
    items: () =>
      one(
        loc(
          'Ne payez pas la rançon : rien ne garantit la restitution des données, et le paiement finance d’autres attaques.',
          'Do not pay the ransom: nothing guarantees you get the data back, and payment funds further attacks.'
        )
      )
  }),
  m({
    id: 'checklist.contain.revoke_access',
    source: 'Cybermalveillance / ANSSI',
    reference: 'cybermalveillance.gouv.fr (hameçonnage, piratage de compte)',
    summary: loc(
      'Changer les mots de passe, fermer les sessions, activer la double authentification.',
      'Change passwords, close sessions, enable two-factor authentication.'
    ),
    phase: 'contain',
    when: (c) =>
      c.facts.cyberattack ||
      c.facts.maliciousEmployee ||
      c.facts.incident.data.categories.includes('credentials'),
    items: (c) =>
      one(
        c.facts.maliciousEmployee
          ? loc(
              'Suspendez les accès du salarié en cause, changez les mots de passe partagés et fermez ses sessions ouvertes.',
              'Suspend the employee’s access, change shared passwords and close their open sessions.'
            )
          : loc(
              'Changez les mots de passe des comptes touchés, fermez toutes les sessions ouvertes et activez la double authentification.',
              'Change the passwords of affected accounts, close all open sessions and enable two-factor authentication.'
            )
      )
  }),
  m({
    id: 'checklist.contain.remote_wipe',
    source: 'Cybermalveillance / ANSSI',
    reference: 'Domaine §7 B.7 ; cybermalveillance.gouv.fr',
    summary: loc(
      'Appareil perdu ou volé : effacement à distance, révocation des sessions.',
      'Lost or stolen device: remote wipe, revoke sessions.'
    ),
    phase: 'contain',
    when: (c) => c.facts.lostDevice || c.facts.stolenDevice,
    items: () =>
      one(
        loc(
          'Effacez l’appareil à distance si possible, révoquez ses sessions (messagerie, cloud, logiciels métier) et changez les mots de passe qui y étaient enregistrés.',
          'Wipe the device remotely if possible, revoke its sessions (email, cloud, business software) and change the passwords stored on it.'
        )
      )
  }),
  m({
    id: 'checklist.contain.recall_email',
    source: 'CNIL',
    reference: 'CNIL (erreur de destinataire) ; domaine §7',
    summary: loc(
      'Courriel mal adressé : demander au destinataire de supprimer et de le confirmer par écrit.',
      'Misdirected email: ask the recipient to delete it and confirm in writing.'
    ),
    phase: 'contain',
    when: (c) => c.facts.incident.cause.detail === 'misdirected_email',
    items: (c) =>
      one(
        loc(
          'Demandez au destinataire de supprimer le message et ses pièces jointes (y compris de la corbeille) sans les transférer, et de vous le confirmer par écrit.',
          'Ask the recipient to delete the message and its attachments (bin included) without forwarding them, and to confirm it in writing.'
        ),
        c.facts.incident.data.deletionConfirmed === 'yes'
      )
  }),
  m({
    id: 'checklist.contain.recover_mail',
    source: 'EDPB',
    reference: 'EDPB 01/2021 cas 13 (erreur d’envoi postal)',
    summary: loc(
      'Courrier ou colis mal adressé : contacter le destinataire pour récupérer les documents.',
      'Misdirected letter or parcel: contact the recipient to get the documents back.'
    ),
    phase: 'contain',
    when: (c) =>
      c.facts.incident.data.medium === 'paper' &&
      c.facts.incident.cause.kind === 'human_error' &&
      c.facts.incident.data.recipients === 'known',
    items: (c) =>
      one(
        loc(
          'Contactez le destinataire : demandez-lui de vous renvoyer les documents (ou de les détruire) sans les diffuser, et de le confirmer par écrit. Sa coopération est nécessaire, même si le risque ne vous oblige pas à informer les personnes (EDPB 01/2021, cas 13).',
          'Contact the recipient: ask them to send the documents back (or destroy them) without passing them on, and to confirm it in writing. Their cooperation is needed even when the risk does not require informing the persons (EDPB 01/2021, case 13).'
        ),
        c.facts.incident.data.deletionConfirmed === 'yes'
      )
  }),
  m({
    id: 'checklist.contain.unpublish',
    source: 'CNIL',
    reference: 'CNIL (publication accidentelle) ; droit au déréférencement',
    summary: loc(
      'Publication accidentelle : retirer en ligne et demander le déréférencement.',
      'Accidental publication: take it down and request de-indexing.'
    ),
    phase: 'contain',
    when: (c) => c.facts.incident.cause.detail === 'accidental_publication',
    items: () =>
      one(
        loc(
          'Retirez immédiatement la page ou le fichier publié, puis demandez aux moteurs de recherche de supprimer les copies en cache.',
          'Take the published page or file down at once, then ask search engines to remove cached copies.'
        )
      )
  }),
  m({
    id: 'checklist.contain.restrict_access',
    source: 'seed',
    reference: 'seed : « gestion des accès aux données sensibles »',
    summary: loc(
      'Protection insuffisante : restreindre l’accès aux fichiers exposés.',
      'Inadequate protection: restrict access to the exposed files.'
    ),
    phase: 'contain',
    when: (c) => c.facts.incident.cause.kind === 'inadequate_protection',
    items: () =>
      one(
        loc(
          'Fermez l’accès non autorisé : droits d’accès, mots de passe, partage de dossiers, armoires et postes verrouillés.',
          'Close the unauthorised access: access rights, passwords, folder sharing, locked cabinets and workstations.'
        )
      )
  }),
  // Preserve evidence
  m({
    id: 'checklist.preserve.evidence',
    source: 'Cybermalveillance / ANSSI',
    reference: 'CERT-FR CERTFR-2024-RFX-001 ; domaine §7 A.3',
    summary: loc('Conserver les preuves datées.', 'Keep dated evidence.'),
    phase: 'preserve',
    when: () => true,
    items: () =>
      one(
        loc(
          'Conservez les preuves, datées : captures d’écran, courriels, messages, journaux, noms des témoins. Ne modifiez rien avant de les avoir copiées.',
          'Keep dated evidence: screenshots, emails, messages, logs, names of witnesses. Change nothing before copying them.'
        )
      )
  }),
  m({
    id: 'checklist.preserve.ransom_note',
    source: 'Cybermalveillance / ANSSI',
    reference: 'cybermalveillance.gouv.fr (rançongiciel)',
    summary: loc(
      'Garder la note de rançon et ne pas réinstaller avant l’investigation.',
      'Keep the ransom note and do not reinstall before the investigation.'
    ),
    phase: 'preserve',
    when: (c) => c.facts.ransomware,
    items: () =>
      one(
        loc(
          'Photographiez et gardez la note de rançon et un fichier chiffré ; ne réinstallez rien avant la copie des disques par un expert.',
          'Photograph and keep the ransom note and an encrypted file; reinstall nothing before an expert has copied the disks.'
        )
      )
  }),
  m({
    id: 'checklist.preserve.logs',
    source: 'Cybermalveillance / ANSSI',
    reference: 'CERT-FR CERTFR-2024-RFX-001',
    summary: loc('Conserver les journaux techniques.', 'Keep technical logs.'),
    phase: 'preserve',
    when: (c) => c.facts.cyberattack || c.facts.maliciousEmployee,
    items: () =>
      one(
        loc(
          'Demandez que les journaux (messagerie, pare-feu, connexions) soient exportés et conservés avant leur effacement automatique.',
          'Have the logs (email, firewall, sign-ins) exported and kept before they are overwritten.'
        )
      )
  }),
  m({
    id: 'checklist.preserve.complaint',
    source: 'Code des assurances',
    reference: 'C. assur. art. L12-10-1 ; Gendarmerie nationale',
    summary: loc(
      'Porter plainte (72 heures pour l’assurance cyber ; récépissé pour un vol).',
      'File a police complaint (72 hours for cyber cover; a receipt for a theft).'
    ),
    phase: 'preserve',
    when: (c) => c.facts.systemAttack || c.facts.stolenDevice,
    items: (c) => {
      const done = c.facts.firstEvent.complaint_filed !== undefined
      if (c.complaintDueMs !== undefined) {
        const when = dateTime(c.complaintDueMs, c.facts.timeZone)
        return one(
          loc(
            `Portez plainte au commissariat, à la gendarmerie ou par écrit au procureur de la République au plus tard le ${when.fr} (une pré-plainte en ligne ne vaut plainte qu’une fois signée) : sans plainte dans les 72 heures, aucun contrat ne paiera vos propres pertes dues à l’attaque (C. assur. art. L12-10-1).`,
            `File a police complaint at a police or gendarmerie station, or in writing to the public prosecutor, by ${when.en} (an online pre-complaint counts only once signed): without a complaint within 72 hours, no contract will pay your own losses from the attack (French Insurance Code art. L12-10-1).`
          ),
          done,
          c.complaintDueMs
        )
      }
      return one(
        c.facts.stolenDevice
          ? loc(
              'Portez plainte pour le vol et gardez le récépissé : l’assureur le demandera.',
              'File a police complaint for the theft and keep the receipt: the insurer will ask for it.'
            )
          : loc(
              'Portez plainte au plus vite (commissariat, gendarmerie ou en ligne) : c’est utile à l’enquête et à toute indemnisation future.',
              'File a police complaint promptly (police, gendarmerie or online): it helps the investigation and any future indemnity.'
            ),
        done
      )
    }
  }),
  // Assess
  m({
    id: 'checklist.assess.qualify',
    source: 'EDPB',
    reference: 'RGPD art. 33(1) ; EDPB 9/2022 ; CERT-FR CERTFR-2024-RFX-001',
    summary: loc(
      'Qualifier l’incident et dater la prise de connaissance.',
      'Qualify the incident and record the awareness time.'
    ),
    phase: 'assess',
    when: () => true,
    items: (c) =>
      one(
        loc(
          'Notez séparément l’heure de détection et celle de la prise de connaissance ; qualifiez : données personnelles ou non, catégories, nombre de personnes, confidentialité, intégrité ou disponibilité.',
          'Record the detection and awareness times separately; qualify: personal data or not, categories, number of persons, confidentiality, integrity or availability.'
        ),
        c.facts.awarenessSource === 'aware' || c.facts.awarenessSource === 'processor_notice'
      )
  }),
  m({
    id: 'checklist.assess.secrecy',
    source: 'Code pénal',
    reference:
      'C. pén. art. 226-13 ; CSP art. L1110-4 ; loi n° 71-1130 art. 66-5 ; ord. n° 45-2138 art. 21',
    summary: loc(
      'Secret professionnel : mesurer l’atteinte et se faire conseiller.',
      'Professional secrecy: assess the breach and take advice.'
    ),
    phase: 'assess',
    when: (c) => c.facts.professionalSecrecy && (c.facts.confidentiality || c.facts.healthData),
    items: (c) =>
      one(
        c.facts.healthProfession
          ? loc(
              'Secret médical (CSP art. L1110-4) : identifiez les patients dont les informations ont pu être vues ; prévenez votre conseil de l’ordre ou votre assureur pour être conseillé.',
              'Medical secrecy (CSP art. L1110-4): identify the patients whose information may have been seen; contact your medical council or insurer for advice.'
            )
          : loc(
              'Secret professionnel : identifiez les clients dont les informations ont pu être vues ; votre ordre professionnel ou votre assureur peut vous conseiller.',
              'Professional secrecy: identify the clients whose information may have been seen; your professional body or insurer can advise you.'
            )
      )
  }),
  m({
    id: 'checklist.assess.policies',
    source: 'seed',
    reference: 'seed : « Vérifier son contrat RC Pro »',
    summary: loc(
      'Réunir ses contrats et relire exclusions et délais.',
      'Gather the policies and reread exclusions and deadlines.'
    ),
    phase: 'assess',
    when: () => true,
    items: (c) =>
      one(
        c.facts.policies.length
          ? loc(
              'Réunissez vos contrats (conditions générales et particulières) et relisez les exclusions, la clause « atteinte à la confidentialité » et les délais de déclaration.',
              'Gather your policies (general and special conditions) and reread the exclusions, the confidentiality clause and the declaration deadlines.'
            )
          : loc(
              'Recherchez tous vos contrats d’assurance (RC Pro, cyber, multirisque, protection juridique), y compris ceux souscrits via un ordre ou une association.',
              'Look for all your insurance policies (RC Pro, cyber, property, legal protection), including those taken through a professional body or association.'
            )
      )
  }),
  // Notify. A processor informs its controller first (RGPD art. 33(2)); the controller notifies.
  m({
    id: 'checklist.notify.controller',
    source: 'RGPD',
    reference: 'RGPD art. 33(2), art. 28(3)(f)',
    summary: loc(
      'Sous-traitant : informer d’abord le responsable du traitement (le client).',
      'Processor: inform the controller (the client) first.'
    ),
    phase: 'notify',
    when: (c) => c.facts.incident.role?.kind === 'processor',
    items: (c) => {
      const role = c.facts.incident.role
      const who = role?.controllerName?.trim()
      const hours = role?.contractNoticeHours
      const aware = c.facts.awarenessMs
      const due = hours !== undefined && aware !== undefined ? aware + hours * 3_600_000 : undefined
      return one(
        loc(
          `Informez sans délai ${who ? `votre client ${who}` : 'votre client'}, responsable du traitement${hours !== undefined ? `, au plus tard dans les ${hours} heures prévues par le contrat` : ''} : ce qui s’est passé, les données et personnes concernées, les mesures prises. C’est lui qui notifie la CNIL et informe les personnes ; ne le faites que sur son instruction.`,
          `Inform ${who ? `your client ${who}` : 'your client'}, the controller, without undue delay${hours !== undefined ? `, at the latest within the ${hours} hours set by the contract` : ''}: what happened, the data and persons concerned, the measures taken. The controller notifies the authority and informs the persons; do so only on its instruction.`
        ),
        false,
        due
      )
    }
  }),
  m({
    id: 'checklist.notify.cnil',
    source: 'RGPD',
    reference: 'RGPD art. 33(1), 33(3)',
    summary: loc('Notifier la CNIL dans les 72 heures.', 'Notify the CNIL within 72 hours.'),
    phase: 'notify',
    when: (c) => c.notifyRequired,
    items: (c) =>
      one(
        loc(
          'Notifiez la violation à la CNIL (téléservice de notification) : nature, catégories et nombre approximatif de personnes et d’enregistrements, contact, conséquences probables, mesures prises.',
          'Notify the breach to the CNIL (online notification service): nature, categories and approximate number of persons and records, contact point, likely consequences, measures taken.'
        ),
        c.facts.firstEvent.authority_notified !== undefined,
        c.authorityDueMs
      )
  }),
  m({
    id: 'checklist.notify.cnil_complementary',
    source: 'RGPD',
    reference: 'RGPD art. 33(4) ; CNIL',
    summary: loc('Compléter la notification initiale.', 'Complete the initial notification.'),
    phase: 'notify',
    when: (c) => c.notifyRequired,
    items: (c) => {
      const initial = c.facts.firstEvent.authority_notified
      const text = loc(
        'Adressez la notification complémentaire à la CNIL dès que les informations manquantes sont connues, si possible dans les 72 heures suivant la notification initiale.',
        'Send the complementary notification to the CNIL as soon as the missing information is known, if possible within 72 hours of the initial one.'
      )
      return initial ? one(text, false, Date.parse(initial.at) + 72 * 3_600_000) : one(text)
    }
  }),
  m({
    id: 'checklist.notify.insurer',
    source: 'Code des assurances',
    reference: 'C. assur. art. L113-2 4°',
    summary: loc(
      'Déclarer le sinistre à chaque assureur concerné dans le délai.',
      'Declare the claim to each insurer concerned in time.'
    ),
    phase: 'notify',
    when: (c) => c.insurerDeadlines.length > 0,
    items: (c) =>
      c.insurerDeadlines.map((d) => ({
        key: d.policy.id,
        text:
          d.verdict === 'excluded'
            ? loc(
                `Déclarez quand même le sinistre à ${d.policy.insurer} (contrat ${d.policy.policyNumber}), par écrit : une exclusion ne vaut que si l’assureur l’oppose, et son champ exact dépend des termes du contrat.`,
                `Declare the claim to ${d.policy.insurer} (policy ${d.policy.policyNumber}) anyway, in writing: an exclusion only counts once the insurer raises it, and its exact scope depends on the contract’s wording.`
              )
            : loc(
                `Déclarez le sinistre à ${d.policy.insurer} (contrat ${d.policy.policyNumber}) par écrit, avec les pièces : chronologie, nature des données, mesures prises, plainte le cas échéant.`,
                `Declare the claim to ${d.policy.insurer} (policy ${d.policy.policyNumber}) in writing, with the documents: timeline, data involved, measures taken, police complaint if any.`
              ),
        dueMs: d.dueMs,
        done: d.done
      }))
  }),
  m({
    id: 'checklist.notify.ars',
    source: 'Code de la santé publique',
    reference: 'CSP art. L1111-8-2',
    summary: loc(
      'Signaler sans délai à l’ARS (établissements de santé).',
      'Report to the ARS without delay (health establishments).'
    ),
    phase: 'notify',
    when: (c) => c.arsRequired,
    items: (c) =>
      one(
        loc(
          'Signalez l’incident sans délai à l’ARS via le portail de signalement des incidents de sécurité (CERT Santé).',
          'Report the incident to the ARS without delay through the security incident reporting portal (CERT Santé).'
        ),
        c.facts.firstEvent.ars_reported !== undefined,
        c.facts.awarenessMs
      )
  }),
  // Inform
  m({
    id: 'checklist.inform.persons',
    source: 'RGPD',
    reference: 'RGPD art. 34(1), 34(2)',
    summary: loc(
      'Informer les personnes concernées en termes clairs.',
      'Inform the persons concerned in plain language.'
    ),
    phase: 'inform',
    when: (c) => c.informRequired && !c.publicCommunication,
    items: (c) =>
      one(
        loc(
          'Informez sans délai les personnes concernées, en termes clairs : ce qui s’est passé, un contact, les conséquences probables, les mesures prises et les précautions à prendre (changer de mot de passe, se méfier de l’hameçonnage).',
          'Inform the persons concerned without undue delay, in plain language: what happened, a contact point, likely consequences, measures taken and precautions to take (change passwords, beware of phishing).'
        ),
        c.facts.firstEvent.persons_informed !== undefined
      )
  }),
  m({
    id: 'checklist.inform.public',
    source: 'RGPD',
    reference: 'RGPD art. 34(3)(c)',
    summary: loc(
      'Communication publique à la place de l’information individuelle.',
      'Public communication instead of individual information.'
    ),
    phase: 'inform',
    when: (c) => c.informRequired && c.publicCommunication,
    items: (c) =>
      one(
        loc(
          'Publiez une communication publique aussi efficace qu’une information individuelle (site, affichage, presse locale), avec les mêmes informations.',
          'Publish a public communication as effective as individual information (website, notice, local press), with the same information.'
        ),
        c.facts.firstEvent.persons_informed !== undefined
      )
  }),
  m({
    id: 'checklist.inform.clients',
    source: 'seed',
    reference:
      'seed : « la confidentialité est un pilier fondamental de la relation de confiance »',
    summary: loc(
      'Prévenir les clients dont les informations confidentielles sont exposées.',
      'Tell the clients whose confidential information is exposed.'
    ),
    phase: 'inform',
    when: (c) =>
      c.facts.confidentiality &&
      !c.facts.encryptedOnlyConfidentiality &&
      (c.facts.incident.data.categories.includes('business_confidential') ||
        c.facts.incident.parties.some((p) => p.role === 'client')),
    items: () =>
      one(
        loc(
          'Prévenez les clients dont les informations confidentielles sont exposées, par écrit, et convenez avec eux des mesures ; ne reconnaissez pas de responsabilité sans l’accord de votre assureur.',
          'Tell the clients whose confidential information is exposed, in writing, and agree on measures with them; do not admit liability without your insurer’s consent.'
        )
      )
  }),
  // Recover
  m({
    id: 'checklist.recover.restore',
    source: 'Cybermalveillance / ANSSI',
    reference: 'cybermalveillance.gouv.fr ; domaine §7 F.19',
    summary: loc(
      'Nettoyer, corriger, restaurer depuis une sauvegarde saine.',
      'Clean, patch, restore from a clean backup.'
    ),
    phase: 'recover',
    when: (c) => c.facts.availability || c.facts.integrity,
    items: (c) =>
      one(
        c.facts.incident.data.backupAvailable
          ? loc(
              'Après nettoyage ou réinstallation et mise à jour des systèmes, restaurez les données depuis une sauvegarde saine, antérieure à l’incident, et vérifiez-la.',
              'After cleaning or reinstalling and patching the systems, restore the data from a clean backup that predates the incident, and check it.'
            )
          : loc(
              'Sans sauvegarde, faites évaluer par un professionnel ce qui peut être récupéré avant toute réinstallation.',
              'Without a backup, have a professional assess what can be recovered before any reinstallation.'
            )
      )
  }),
  m({
    id: 'checklist.recover.replace_device',
    source: 'seed',
    reference: 'Domaine §10 (matériel)',
    summary: loc(
      'Remplacer l’appareil et garder la facture.',
      'Replace the device and keep the invoice.'
    ),
    phase: 'recover',
    when: (c) => c.facts.lostDevice || c.facts.stolenDevice,
    items: () =>
      one(
        loc(
          'Remplacez l’appareil, chiffrez le nouveau disque avant d’y remettre des données, et gardez la facture d’achat de l’ancien pour l’assureur.',
          'Replace the device, encrypt the new disk before restoring data to it, and keep the old one’s purchase invoice for the insurer.'
        )
      )
  }),
  // Learn
  m({
    id: 'checklist.learn.register',
    source: 'RGPD',
    reference: 'RGPD art. 33(5)',
    summary: loc(
      'Documenter l’incident au registre, avec les raisons des décisions.',
      'Document the incident in the register, with the reasons for the decisions.'
    ),
    phase: 'learn',
    when: () => true,
    items: (c) =>
      one(
        loc(
          'Complétez la fiche du registre : faits, effets, mesures, et les raisons de notifier ou non la CNIL et les personnes (elles figurent dans cette évaluation).',
          'Complete the register entry: facts, effects, measures, and the reasons for notifying or not the CNIL and the persons (they are in this assessment).'
        ),
        c.facts.incident.status === 'closed'
      )
  }),
  m({
    id: 'checklist.learn.lessons',
    source: 'seed',
    reference: 'seed : « procédures internes en cas d’incident » ; NIST SP 800-61 rév. 3',
    summary: loc(
      'Retour d’expérience et mise à jour des procédures.',
      'Lessons learned and updated procedures.'
    ),
    phase: 'learn',
    when: () => true,
    items: () =>
      one(
        loc(
          'Faites le point à froid : cause, ce qui a bien ou mal fonctionné, mesures pour éviter que cela se reproduise ; mettez à jour vos procédures.',
          'Hold a lessons-learned review: cause, what worked or not, measures to prevent a recurrence; update your procedures.'
        )
      )
  })
]
