import type { Catalogue } from '../../translations'

export const documents = {
  'documents.title': 'Documents',
  'documents.intro':
    'Générez les documents à envoyer ou à garder. Ils sont produits sur cet ordinateur, rien n’est envoyé.',
  'documents.language': 'Langue des documents',
  'documents.declaration': 'Déclaration de sinistre — {insurer} ({policy})',
  'documents.declaration.hint': 'Contrat n° {number} — à envoyer à l’assureur',
  'documents.report': 'Rapport d’évaluation — {insurer} ({policy})',
  'documents.report.hint': 'Document interne, à conserver',
  'documents.checklist': 'Plan de réponse (liste des actions)',
  'documents.letters': 'Courriers',
  'documents.letters.intro':
    'Modèles à relire et compléter avant envoi : PDF, ou DOCX à modifier dans un traitement de texte.',
  'documents.notification': 'Projet de notification à la CNIL',
  'documents.noPolicy':
    'Aucun contrat d’assurance n’est rattaché à cet incident : ajoutez-en un pour préparer une déclaration de sinistre.',
  'documents.generating': 'Préparation de « {name} »…',
  'documents.saved': 'Enregistré : {path}',
  'documents.cancelled': 'Enregistrement annulé.',
  'documents.error': 'Le document n’a pas pu être créé : {message}',
  'documents.register.title': 'Exporter le registre',
  'documents.register.intro':
    'Le registre des violations (RGPD art. 33(5)) en PDF, et tous les incidents en CSV et JSON.',
  'documents.register.start': 'Exporter le registre (PDF, CSV, JSON)',
  'documents.register.cancel': 'Annuler l’export',
  'documents.register.loading': 'Lecture du registre : {done} / {total}',
  'documents.register.assess': 'Évaluation des incidents : {done} / {total}',
  'documents.register.prepare': 'Préparation du PDF : {done} / {total}',
  'documents.register.layout': 'Mise en page : {done} / {total}',
  'documents.register.draw': 'Dessin des pages : {done} / {total}',
  'documents.register.save': 'Assemblage du PDF…',
  'documents.register.progress': 'Progression de l’export',
  'documents.register.done': 'Registre exporté : {count} incident(s), {pages} page(s).',
  'documents.register.cancelled': 'Export annulé. Aucun fichier n’a été enregistré.',
  'documents.register.error': 'L’export a échoué : {message}',
  'documents.register.skipped':
    '{count} incident(s) écarté(s) de l’export : les autres ont été exportés. Corrigez-les puis exportez à nouveau.',
  'documents.register.skippedItem': '{record} : {reason}'
} as const satisfies Catalogue
