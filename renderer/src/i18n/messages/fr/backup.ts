import type { Catalogue } from '../../translations'

export const backup = {
  'backup.open': 'Sauvegarde',
  'backup.title': 'Sauvegarde et restauration',
  'backup.create.title': 'Sauvegarder le registre',
  'backup.create.intro':
    'Un seul fichier avec tous les incidents, contrats, historiques, pièces jointes, réglages et la corbeille. Un registre chiffré donne une sauvegarde chiffrée : gardez la phrase secrète ou la clé de secours.',
  'backup.create.start': 'Créer une sauvegarde',
  'backup.create.done':
    'Sauvegarde enregistrée : {incidents} incident(s), {attachments} pièce(s) jointe(s).',
  'backup.restore.title': 'Restaurer ou fusionner une sauvegarde',
  'backup.restore.intro':
    'Dans un registre vide, la sauvegarde est restaurée telle quelle. Sinon elle est fusionnée par incident : la version la plus récente l’emporte, et vous choisissez pour chaque conflit. Rien n’est écrit avant toutes les vérifications.',
  'backup.file': 'Fichier de sauvegarde',
  'backup.secret': 'Phrase secrète ou clé de secours (sauvegarde chiffrée)',
  'backup.check': 'Vérifier le fichier',
  'backup.plan.summary':
    'À ajouter : {add} · à remplacer : {replace} · à effacer : {erase} · identiques : {same} · conservés : {keep}',
  'backup.clearCopy.title': 'Sauvegarde chiffrée, registre non chiffré',
  'backup.clearCopy.body':
    'Cette sauvegarde est chiffrée, mais ce registre ne l’est pas : fusionnés ici, ses incidents, historiques et pièces jointes seraient enregistrés en clair sur cet appareil. Définissez d’abord une phrase secrète pour ce registre (tout y sera alors chiffré, puis la fusion aussi), ou confirmez la fusion en clair.',
  'backup.clearCopy.setUp': 'Définir une phrase secrète d’abord',
  'backup.clearCopy.accept': 'Je comprends : fusionner cette sauvegarde en clair dans ce registre',
  'backup.clearCopy.sealed':
    'Ce registre est maintenant chiffré : la sauvegarde y sera fusionnée chiffrée.',
  'backup.conflicts.title': 'Conflits : choisissez la version à garder',
  'backup.conflicts.both': 'Modifié ici et dans la sauvegarde',
  'backup.conflicts.erasedHere': 'Effacé ici, modifié ensuite dans la sauvegarde',
  'backup.conflicts.erasedThere': 'Effacé dans la sauvegarde, modifié ensuite ici',
  'backup.conflicts.local': 'Garder ce registre ({date})',
  'backup.conflicts.backup': 'Prendre la sauvegarde ({date})',
  'backup.apply': 'Restaurer',
  'backup.cancel': 'Annuler',
  'backup.progress': 'Progression de la restauration',
  'backup.phase.read': 'Lecture… {done} / {total}',
  'backup.phase.check': 'Vérification… {done} / {total}',
  'backup.phase.prepare': 'Préparation… {done} / {total}',
  'backup.phase.write': 'Écriture… {done} / {total}',
  'backup.restored': 'Terminé : {added} ajouté(s), {replaced} remplacé(s), {erased} effacé(s).',
  'backup.renumbered': '{from} existait déjà ici : l’incident importé devient {to}.',
  'backup.reload':
    'Le registre restauré est chiffré : rechargez l’application et déverrouillez-le avec la phrase secrète de la sauvegarde.',
  'backup.reloadNow': 'Recharger',
  'backup.cancelled': 'Annulé : rien n’a été modifié.',
  'backup.error': 'Rien n’a été modifié. {message}',
  'backup.case.title': 'Importer un dossier d’incident ou un incident JSON',
  'backup.case.file': 'Dossier (.sentinelle-case) ou incident (.json)',
  'backup.case.passphrase': 'Phrase secrète du dossier (s’il est chiffré)',
  'backup.case.import': 'Importer',
  'backup.case.imported': 'Incident {reference} importé.',
  'backup.case.copied': 'Cet incident existait déjà : importé comme copie {reference}.',
  'backup.reminder.label': 'Rappel de sauvegarde tous les (jours)',
  'backup.reminder.save': 'Enregistrer',
  'backup.reminder.title': 'Pensez à sauvegarder le registre',
  'backup.reminder.never': 'Aucune sauvegarde n’a encore été faite.',
  'backup.reminder.last': 'Dernière sauvegarde : {date}.',
  'backup.export.title': 'Transmettre cet incident',
  'backup.export.intro':
    'Dossier portable (incident, pièces jointes, empreintes SHA-256) pour un courtier, un avocat ou un DPO, qui peut le vérifier et l’importer ; ou le fichier JSON que lit la ligne de commande.',
  'backup.export.passphrase': 'Phrase secrète du dossier (facultative, 12 caractères au moins)',
  'backup.export.case': 'Exporter le dossier',
  'backup.export.json': 'Exporter en JSON',
  'backup.export.tooShort': 'La phrase secrète doit compter au moins 12 caractères.'
} as const satisfies Catalogue
