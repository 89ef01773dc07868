import type { Catalogue } from '../../translations'

/** The guided intake. Questions in plain words; the legal terms live in the help texts. */
export const intake = {
  'intake.title': 'Déclarer un incident',
  'intake.editTitle': 'Incident {reference}',
  'intake.draft': 'Brouillon',
  'intake.filed': 'Enregistré au registre',
  'intake.steps.label': 'Étapes de la saisie',
  'intake.step.incident': 'L’incident',
  'intake.step.incident.desc': 'Ce qui s’est passé',
  'intake.step.timeline': 'Chronologie',
  'intake.step.timeline.desc': 'Quand',
  'intake.step.data': 'Données',
  'intake.step.data.desc': 'Ce qui est touché',
  'intake.step.cause': 'Cause',
  'intake.step.cause.desc': 'Comment',
  'intake.step.consequences': 'Conséquences',
  'intake.step.consequences.desc': 'Et ce que vous avez fait',
  'intake.step.policies': 'Assurances',
  'intake.step.policies.desc': 'Vos contrats',
  'intake.step.review': 'Vérification',
  'intake.step.review.desc': 'Relire et enregistrer',
  'intake.nav.previous': 'Étape précédente',
  'intake.nav.next': 'Étape suivante',
  'intake.nav.stepOf': 'Étape {current} sur {total}',
  'intake.save.saving': 'Enregistrement…',
  'intake.save.saved': 'Enregistré · {time}',
  'intake.save.pending': 'Modifications en cours…',
  'intake.save.error': 'Brouillon non enregistré. {message} Votre saisie reste affichée.',
  'intake.save.retry': 'Réessayer',
  'intake.save.paused': 'Enregistrement suspendu : deux versions à départager',
  'intake.save.notSaved':
    'la dernière saisie n’est pas encore enregistrée ; réessayez l’enregistrement d’abord.',
  'intake.save.quota': 'l’espace de stockage est plein',
  'intake.loadError': 'Impossible de charger cet incident : {message}',
  'intake.optional': 'facultatif',

  'intake.incident.heading': 'Que s’est-il passé ?',
  'intake.incident.title.label': 'Titre court',
  'intake.incident.title.help': 'Par exemple : « Ordinateur portable volé dans le train ».',
  'intake.incident.narrative.label': 'Racontez avec vos mots',
  'intake.incident.narrative.help':
    'Les faits, dans l’ordre : ce qui est arrivé, comment vous l’avez appris, ce que vous avez déjà fait. Ce texte reste sur cet ordinateur.',
  'intake.incident.insured.heading': 'Vous',
  'intake.incident.insured.name.label': 'Votre nom ou celui de votre cabinet',
  'intake.incident.insured.name.help':
    'La personne ou la structure qui a souscrit l’assurance (l’« assuré ») et qui est responsable des données (le « responsable de traitement », RGPD art. 4(7)).',
  'intake.incident.insured.profession.label': 'Votre métier',
  'intake.incident.insured.organisation.label': 'Structure (société, cabinet, association)',
  'intake.incident.role.label': 'À qui sont ces données ?',
  'intake.incident.role.help':
    'Vos propres fichiers : vous êtes responsable du traitement. Les fichiers d’un client que vous traitez pour lui (paie, base de prospects…) : vous êtes sous-traitant, et c’est à lui de notifier la CNIL.',
  'intake.role.controller': 'Ce sont mes fichiers (responsable du traitement)',
  'intake.role.processor': 'Ce sont les fichiers d’un client, traités pour lui (sous-traitant)',
  'intake.role.joint_controller':
    'Nous les gérons à deux, avec un partenaire (responsables conjoints)',
  'intake.incident.role.controllerName.label': 'Quel client ou partenaire ?',
  'intake.incident.role.contractNoticeHours.label':
    'Délai pour le prévenir, selon le contrat (heures)',
  'intake.incident.role.contractNoticeHours.help':
    'Souvent 24 ou 48 heures dans le contrat de sous-traitance (RGPD art. 28(3)(f)).',
  'intake.incident.insured.healthEstablishment.label':
    'Vous exercez dans un établissement de santé (clinique, hôpital, centre de santé)',
  'intake.incident.insured.healthEstablishment.help':
    'Un cabinet individuel n’en est pas un. Les établissements de santé signalent en plus les incidents graves à l’ARS (CSP art. L1111-8-2).',
  'intake.incident.insured.alsaceMoselle.label': 'Vous êtes en Alsace ou en Moselle',
  'intake.incident.insured.alsaceMoselle.help':
    'Deux jours fériés de plus (Vendredi saint, 26 décembre) comptent dans les délais en jours ouvrés.',
  'intake.incident.contact.toggle': 'Vos coordonnées',
  'intake.incident.contact.help':
    'Pour la déclaration à votre assureur et, si besoin, pour la CNIL. Elles restent sur cet ordinateur et resservent pour les prochains incidents.',
  'intake.incident.insured.address.label': 'Adresse postale',
  'intake.incident.insured.email.label': 'E-mail',
  'intake.incident.insured.phone.label': 'Téléphone',
  'intake.incident.insured.dpo.label': 'Qui répond aux questions sur cet incident ?',
  'intake.incident.insured.dpo.help':
    'Nom et moyen de contact : vous-même, ou votre délégué à la protection des données (DPO) si vous en avez un. La CNIL demande ce « point de contact » (RGPD art. 33(3)(b)).',
  'intake.profession.physician': 'Médecin',
  'intake.profession.health_professional': 'Autre professionnel de santé',
  'intake.profession.lawyer': 'Avocat',
  'intake.profession.accountant': 'Expert-comptable',
  'intake.profession.consultant': 'Consultant',
  'intake.profession.digital_agency': 'Agence web ou numérique',
  'intake.profession.e_merchant': 'Commerce en ligne',
  'intake.profession.other': 'Autre',

  'intake.timeline.awarenessDelay.label':
    'Pourquoi avez-vous été fixé plus de 24 heures après la détection ?',
  'intake.timeline.awarenessDelay.help':
    'Par exemple : vérification par le prestataire informatique. Cette raison figurera au registre et dans la notification (lignes directrices CEPD 9/2022).',
  'intake.timeline.heading': 'Quand cela s’est-il passé ?',
  'intake.timeline.zone': 'Heures de votre fuseau : {zone}.',
  'intake.timeline.occurred.label': 'Quand l’incident a-t-il commencé ?',
  'intake.timeline.occurred.help':
    'Votre meilleure estimation si vous ne savez pas exactement (par exemple l’heure du vol).',
  'intake.timeline.detected.label': 'Quand l’avez-vous remarqué ?',
  'intake.timeline.detected.help':
    'Le moment où vous, ou quelqu’un de votre équipe, a vu le problème.',
  'intake.timeline.aware.label':
    'Quand avez-vous été raisonnablement sûr que des informations sur des personnes étaient touchées ?',
  'intake.timeline.aware.help':
    'C’est la « prise de connaissance » de la violation (RGPD art. 33(1)) : elle fait partir le délai de 72 heures pour prévenir la CNIL. Laissez vide si vous n’en êtes pas encore sûr.',
  'intake.timeline.others.heading': 'Ce qui a suivi',
  'intake.timeline.others.help':
    'Ajoutez les étapes au fur et à mesure : sous-traitant qui vous prévient, fuite stoppée, plainte, CNIL prévenue, personnes informées, assureur prévenu…',
  'intake.timeline.add': 'Ajouter une étape',
  'intake.timeline.remove': 'Retirer cette étape',
  'intake.timeline.event.kind': 'Étape',
  'intake.timeline.event.at': 'Date et heure',
  'intake.timeline.event.note': 'Note',
  'intake.timeline.event.policy': 'Quel contrat avez-vous déclaré ?',
  'intake.timeline.event.policy.help':
    'Chaque contrat a son propre délai de déclaration (C. assur. art. L113-2).',
  'intake.timeline.event.policy.all': 'Tous les contrats concernés',
  'intake.timeline.event.title': 'Étape {n}',
  'intake.timeline.none': 'Aucune autre étape pour l’instant.',
  'intake.timeline.kind.occurred': 'Début de l’incident',
  'intake.timeline.kind.detected': 'Incident remarqué',
  'intake.timeline.kind.aware': 'Certitude que des données personnelles sont touchées',
  'intake.timeline.kind.processor_notice': 'Prévenu par un prestataire (sous-traitant)',
  'intake.timeline.kind.contained': 'Fuite stoppée ou maîtrisée',
  'intake.timeline.kind.complaint_filed': 'Plainte déposée',
  'intake.timeline.kind.pre_complaint_filed':
    'Pré-plainte en ligne (à signer au commissariat ou à la gendarmerie)',
  'intake.timeline.kind.authority_notified': 'CNIL prévenue',
  'intake.timeline.kind.persons_informed': 'Personnes concernées informées',
  'intake.timeline.kind.insurer_notified': 'Assureur prévenu',
  'intake.timeline.kind.ars_reported': 'Signalé à l’ARS',
  'intake.timeline.kind.closed': 'Incident clos',
  'intake.timeline.kind.other': 'Autre étape',
  'intake.timeline.kind.processor_notice.help':
    'Un prestataire qui traite les données pour vous (« sous-traitant », RGPD art. 33(2)) doit vous prévenir sans délai.',

  'intake.data.heading': 'Quelles informations sont touchées ?',
  'intake.data.personalData.label':
    'Des informations sur des personnes (clients, patients, salariés…) sont-elles concernées ?',
  'intake.data.personalData.help':
    'Tout ce qui permet de reconnaître quelqu’un, directement ou non, est une « donnée à caractère personnel » (RGPD art. 4(1)).',
  'intake.yes': 'Oui',
  'intake.no': 'Non',
  'intake.unknown': 'Je ne sais pas',
  'intake.data.categories.label': 'Quel genre d’informations ?',
  'intake.data.categories.help':
    'Santé, opinions, religion… sont des « catégories particulières » (RGPD art. 9) ; condamnations et infractions relèvent de l’art. 10. Elles rendent l’incident plus grave.',
  'intake.category.identity': 'Identité (nom, date de naissance)',
  'intake.category.contact': 'Coordonnées (adresse, e-mail, téléphone)',
  'intake.category.financial': 'Situation financière, revenus',
  'intake.category.banking_card': 'Coordonnées bancaires, cartes',
  'intake.category.credentials': 'Identifiants, mots de passe',
  'intake.category.location': 'Localisation, déplacements',
  'intake.category.behavioural': 'Habitudes, comportements',
  'intake.category.health': 'Santé (dossiers, ordonnances, résultats)',
  'intake.category.special_other': 'Opinions, religion, syndicat, vie sexuelle, origine',
  'intake.category.offences': 'Condamnations, infractions',
  'intake.category.national_id': 'Numéro de sécurité sociale, pièce d’identité',
  'intake.category.business_confidential': 'Secrets d’affaires de vos clients',
  'intake.category.other': 'Autre',
  'intake.data.personsCount.label': 'Combien de personnes, à peu près ?',
  'intake.data.recordsCount.label': 'Combien de fiches ou de fichiers, à peu près ?',
  'intake.data.count.help': 'Une estimation suffit ; laissez vide si vous ne savez pas.',
  'intake.data.vulnerable.label':
    'Parmi elles, des personnes vulnérables : enfants, patients, personnes âgées ou protégées (des salariés ne le sont pas du seul fait d’être salariés)',
  'intake.risk.heading': 'Ce qui aggrave ou limite le risque',
  'intake.risk.personCategories.label': 'Qui sont ces personnes ?',
  'intake.risk.healthLevel.label': 'Quelles informations de santé ?',
  'intake.risk.recipientsCount.label': 'Combien de personnes ont reçu ou vu les données ?',
  'intake.risk.recipientTrusted.label':
    'Le destinataire est-il connu, de confiance et tenu au secret (confrère, prestataire sous contrat) ?',
  'intake.risk.deletionConfirmed.label':
    'A-t-il confirmé par écrit la suppression, ou le message a-t-il été rappelé sans être lu ?',
  'intake.risk.fraudEnabling.label':
    'Ces fiches suffisent-elles à usurper une identité ou frauder (pièce d’identité, numéro de sécurité sociale, RIB, mots de passe) ?',
  'intake.risk.exposureHours.label':
    'Pendant combien d’heures les données sont-elles restées exposées ?',
  'intake.risk.partiallyProtected.label':
    'Une partie seulement des champs était chiffrée, hachée ou pseudonymisée',
  'intake.risk.unavailabilityHours.label':
    'Pendant combien d’heures les données ont-elles été inaccessibles ?',
  'intake.risk.otherCategoriesPossible.label':
    'D’autres types de données pourraient être touchés, on ne peut pas encore l’exclure',
  'intake.risk.otherEuStates.label':
    'Des personnes vivant dans un autre pays de l’UE sont-elles concernées ?',
  'intake.data.breachTypes.label': 'Qu’est-il arrivé à ces informations ?',
  'intake.data.breachTypes.help':
    'Atteinte à la confidentialité, à l’intégrité ou à la disponibilité des données (lignes directrices CEPD 9/2022).',
  'intake.breach.confidentiality': 'Quelqu’un qui n’aurait pas dû a pu les voir',
  'intake.breach.integrity': 'Elles ont été modifiées ou abîmées',
  'intake.breach.availability': 'Elles sont perdues ou inaccessibles, même un temps',
  'intake.data.encryption.label': 'Les informations étaient-elles protégées par un chiffrement ?',
  'intake.data.encryption.help':
    'Un chiffrement à l’état de l’art (disque chiffré BitLocker/FileVault, archive AES-256) dont la clé n’est pas compromise peut vous dispenser de prévenir les personnes (RGPD art. 34(3)(a)).',
  'intake.encryption.none': 'Non, ou je ne sais pas',
  'intake.encryption.weak': 'Oui, mais faiblement (simple mot de passe, ancien format)',
  'intake.encryption.state_of_the_art': 'Oui, un chiffrement solide et à jour',
  'intake.data.keyCompromised.label': 'Le mot de passe ou la clé a pu être obtenu aussi',
  'intake.data.backup.label': 'Vous avez une copie de sauvegarde à jour de ces informations',
  'intake.data.left.label': 'Les informations sont-elles sorties de chez vous ?',
  'intake.data.left.help': 'Par exemple un appareil emporté, un envoi, une copie par un pirate.',
  'intake.data.recipients.label': 'Qui a pu les voir ?',
  'intake.data.recipients.help':
    'Un destinataire connu et de confiance limite le risque ; une publication ou des inconnus l’augmentent (méthode ENISA).',
  'intake.recipients.none': 'Personne, à notre connaissance',
  'intake.recipients.known': 'Une ou des personnes identifiées (ex. : le destinataire d’un e-mail)',
  'intake.recipients.unknown': 'Des inconnus ou le public',
  'intake.data.identifiability.label': 'Est-il facile de savoir de qui il s’agit ?',
  'intake.data.identifiability.help':
    'Nom et prénom en clair : très facile. Numéros internes sans la table de correspondance : difficile (facteur « identifiabilité » ENISA).',
  'intake.identifiability.negligible': 'Presque impossible',
  'intake.identifiability.limited': 'Difficile',
  'intake.identifiability.significant': 'Assez facile',
  'intake.identifiability.maximum': 'Immédiat (noms en clair)',
  'intake.data.mitigation.heading': 'Ce que vous avez déjà fait pour les personnes',
  'intake.data.mitigation.removeHighRisk.label':
    'Vos mesures ont supprimé le risque pour les personnes (ex. : e-mail effacé par le destinataire, appareil effacé à distance)',
  'intake.data.mitigation.removeHighRisk.help':
    'Si le risque élevé a disparu, vous n’avez plus à prévenir chaque personne (RGPD art. 34(3)(b)).',
  'intake.data.mitigation.disproportionate.label':
    'Prévenir chaque personne une à une demanderait des efforts disproportionnés',
  'intake.data.mitigation.disproportionate.help':
    'Une communication publique la remplace alors (RGPD art. 34(3)(c)).',

  'intake.cause.heading': 'Comment est-ce arrivé ?',
  'intake.cause.kind.label': 'La cause principale',
  'intake.cause.kind.help':
    'La cause compte pour l’assurance : une faute intentionnelle de l’assuré n’est jamais couverte (C. assur. art. L113-1), une attaque informatique relève souvent d’une assurance cyber.',
  'intake.causeKind.human_error': 'Une erreur (mauvais destinataire, publication par mégarde…)',
  'intake.causeKind.loss_theft': 'Un appareil ou un dossier perdu ou volé',
  'intake.causeKind.inadequate_protection':
    'Une protection insuffisante (accès trop ouvert, pas de mot de passe)',
  'intake.causeKind.intentional_insured': 'Un acte volontaire de votre part',
  'intake.causeKind.malicious_employee': 'Un salarié ou un proche mal intentionné',
  'intake.causeKind.cyberattack': 'Une attaque informatique',
  'intake.causeKind.other': 'Autre',
  'intake.cause.detail.label': 'Plus précisément',
  'intake.causeDetail.misdirected_email': 'E-mail ou courrier envoyé à la mauvaise personne',
  'intake.causeDetail.accidental_publication':
    'Publication par erreur (site, réseau, partage ouvert)',
  'intake.causeDetail.lost_device': 'Appareil ou dossier perdu',
  'intake.causeDetail.stolen_device': 'Appareil ou dossier volé',
  'intake.causeDetail.phishing': 'Hameçonnage (faux message qui a volé un mot de passe)',
  'intake.causeDetail.ransomware': 'Rançongiciel (fichiers bloqués contre rançon)',
  'intake.causeDetail.hacking': 'Piratage d’un compte ou d’un serveur',
  'intake.causeDetail.other': 'Autre',
  'intake.cause.actor.label': 'Qui en est à l’origine, si vous le savez ?',
  'intake.cause.description.label': 'Précisions sur la cause',

  'intake.consequences.heading': 'Conséquences et mesures prises',
  'intake.consequences.help':
    'Notez ce que vous savez déjà ; le reste pourra être complété plus tard. Tout est enregistré au fur et à mesure.',
  'intake.rows.remove': 'Retirer « {row} »',
  'intake.rows.none': 'Rien pour l’instant.',
  'intake.rows.removed': 'Ligne « {row} » retirée.',
  'intake.rows.restore': 'Rétablir « {row} »',

  'intake.parties.heading': 'Les personnes et organismes en lien avec l’incident',
  'intake.parties.help':
    'Clients touchés, personne qui a reçu un envoi par erreur, prestataire qui gère vos données (votre « sous-traitant », RGPD art. 28), commissariat, CNIL, assureur…',
  'intake.parties.row': 'Personne ou organisme {n}',
  'intake.parties.add': 'Ajouter une personne ou un organisme',
  'intake.parties.role': 'Son rôle',
  'intake.parties.name': 'Nom',
  'intake.parties.contact': 'Coordonnées',
  'intake.parties.note': 'Note',
  'intake.partyRole.client': 'Client ou patient',
  'intake.partyRole.recipient': 'A reçu ou vu les données par erreur',
  'intake.partyRole.processor': 'Prestataire qui gère vos données',
  'intake.partyRole.police': 'Police ou gendarmerie',
  'intake.partyRole.authority': 'Autorité (CNIL, ARS, Ordre…)',
  'intake.partyRole.insurer': 'Assureur',
  'intake.partyRole.witness': 'Témoin',
  'intake.partyRole.other': 'Autre',

  'intake.claims.heading': 'Les réclamations reçues',
  'intake.claims.help':
    'Quelqu’un vous demande réparation (un client, un patient…) ? C’est une « réclamation » de tiers : votre responsabilité civile professionnelle peut la prendre en charge. Gardez le courrier ou l’e-mail.',
  'intake.claims.row': 'Réclamation {n}',
  'intake.claims.add': 'Ajouter une réclamation',
  'intake.claims.claimant': 'Qui réclame ?',
  'intake.claims.receivedAt': 'Reçue le',
  'intake.claims.amount': 'Somme demandée (€)',
  'intake.claims.description': 'Que demande cette personne, et pourquoi ?',

  'intake.losses.heading': 'Ce que l’incident vous coûte',
  'intake.losses.help':
    'Vos propres frais et pertes, même estimés (vos « dommages propres ») : ils relèvent surtout d’une assurance cyber, pas de la responsabilité civile.',
  'intake.losses.row': 'Frais ou perte {n}',
  'intake.losses.add': 'Ajouter un frais ou une perte',
  'intake.losses.kind': 'De quoi s’agit-il ?',
  'intake.losses.amount': 'Montant estimé (€)',
  'intake.losses.amount.help': 'Une estimation suffit ; 0 si vous ne savez pas encore.',
  'intake.losses.description': 'Précisions',
  'intake.losses.total': 'Total estimé : {amount}',
  'intake.lossKind.forensics': 'Expert informatique (enquête)',
  'intake.lossKind.notification': 'Informer les personnes',
  'intake.lossKind.restoration': 'Remise en état des fichiers',
  'intake.lossKind.business_interruption': 'Activité arrêtée ou ralentie',
  'intake.lossKind.ransom': 'Rançon exigée',
  'intake.lossKind.legal': 'Avocat, frais de justice',
  'intake.lossKind.device': 'Appareil à remplacer',
  'intake.lossKind.reputation': 'Atteinte à la réputation',
  'intake.lossKind.crisis_communication': 'Communication de crise',
  'intake.lossKind.other': 'Autre',

  'intake.measures.heading': 'Les mesures que vous avez prises',
  'intake.measures.help':
    'Mots de passe changés, appareil effacé à distance, e-mail rappelé, plainte, prestataire prévenu… Ces « mesures prises pour remédier à la violation » vont au registre et dans la déclaration (RGPD art. 33(3)(d)).',
  'intake.measures.row': 'Mesure {n}',
  'intake.measures.add': 'Ajouter une mesure',
  'intake.measures.description': 'Qu’avez-vous fait ?',
  'intake.measures.at': 'Quand ?',

  'intake.evidence.heading': 'Les preuves que vous gardez',
  'intake.evidence.help':
    'Récépissé de plainte, capture de l’e-mail, rapport du prestataire, devis… L’assureur les demandera avec la déclaration. Les fichiers eux-mêmes se joignent depuis la fiche de l’incident.',
  'intake.evidence.row': 'Pièce {n}',
  'intake.evidence.add': 'Ajouter une pièce',
  'intake.evidence.label': 'Quelle pièce ?',
  'intake.evidence.sha256': 'Fichier joint, empreinte SHA-256 : {sha}',
  'intake.evidence.file': 'Le fichier correspondant',
  'intake.evidence.file.help':
    'Parmi les fichiers joints à la fiche de l’incident ; son empreinte figurera dans la déclaration.',
  'intake.evidence.file.none': 'Aucun fichier',
  'intake.evidence.file.missing': 'Fichier retiré de la fiche',

  'intake.amount.understood': 'Compris : {amount}',
  'intake.amount.invalid.format': 'Montant non reconnu : tapez par exemple 1 500,50.',
  'intake.amount.invalid.decimals':
    'Deux chiffres au plus après la virgule (par exemple 1 500,50 ou 1500).',
  'intake.amount.invalid.tooLarge': 'Montant trop grand.',

  'intake.policies.heading': 'Quelles assurances sont concernées ?',
  'intake.policies.help':
    'Cochez tous les contrats qui pourraient jouer : responsabilité civile professionnelle, assurance cyber, multirisque. Le panneau d’analyse indique pour chacun s’il couvre probablement l’incident.',
  'intake.policies.none': 'Vous n’avez encore enregistré aucune assurance.',
  'intake.policies.add': 'Ajouter une assurance',
  'intake.policies.manage': 'Gérer mes assurances',
  'intake.policies.list': 'Vos contrats',

  'intake.review.heading': 'Relisez avant d’enregistrer',
  'intake.review.help':
    'En enregistrant, l’incident entre dans votre registre des violations (RGPD art. 33(5)). Vous pourrez encore le modifier ; chaque changement est tracé.',
  'intake.review.untitled': 'Sans titre',
  'intake.review.events': 'Chronologie',
  'intake.review.noEvents': 'Aucune date saisie.',
  'intake.review.data': 'Données',
  'intake.review.cause': 'Cause',
  'intake.review.policies': 'Assurances',
  'intake.review.noPolicies': 'Aucune assurance cochée.',
  'intake.review.edit': 'Modifier',
  'intake.review.problems': 'À corriger avant d’enregistrer',
  'intake.review.file': 'Enregistrer cet incident au registre',
  'intake.review.filing': 'Enregistrement…',
  'intake.review.filed': 'Incident {reference} enregistré au registre.',
  'intake.review.fileError': 'L’incident n’a pas pu être enregistré : {message}',
  'intake.review.alreadyFiled':
    'Cet incident est déjà au registre. Vos modifications sont enregistrées automatiquement.',
  'intake.review.open': 'Voir la fiche de l’incident',
  'intake.review.persons': '{count} personnes',
  'intake.review.records': '{count} fiches',
  'intake.review.dpo': 'Contact pour l’incident : {contact}',
  'intake.review.noContact': 'Coordonnées non renseignées.',
  'intake.review.consequences': 'Conséquences et mesures',
  'intake.review.parties': 'Personnes et organismes',
  'intake.review.claims': 'Réclamations',
  'intake.review.losses': 'Frais et pertes estimés',
  'intake.review.measures': 'Mesures prises',
  'intake.review.evidence': 'Pièces',
  'intake.review.noConsequences': 'Rien de saisi.',
  'intake.review.unnamed': '(sans nom)',
  'intake.review.receivedAt': 'reçue le {date}',

  'intake.validation.summary': '{count} point(s) à corriger',
  'intake.date.detectedBeforeOccurred':
    'Cette date est avant le début de l’incident ({other}). Vérifiez l’une des deux.',
  'intake.date.awareBeforeDetected':
    'Vous ne pouvez pas en être sûr avant de l’avoir remarqué ({other}). Vérifiez l’une des deux.',
  'intake.date.awareBeforeOccurred':
    'Cette date est avant le début de l’incident ({other}). Vérifiez l’une des deux.',
  'intake.date.beforeOccurred':
    'Cette étape est datée avant le début de l’incident ({other}). Vérifiez l’une des deux.',
  'intake.date.beforeDetected':
    'Cette étape est datée avant que l’incident soit remarqué ({other}). Vérifiez l’une des deux.',
  'intake.date.inFuture': 'Cette date est dans le futur.',
  'intake.date.incomplete': 'Date incomplète : indiquez le jour et l’heure.'
} as const satisfies Catalogue
