import { frenchCount } from '../counting'
import type { groups as english } from '../en/groups'

const guestCount = (n: number) => frenchCount(n, 'personne invitée', 'personnes invitées')

export const groups = {
  nav: {
    newGroup: 'Nouveau groupe',
    yourGroups: 'Vos groupes',
    empty: 'Aucun groupe pour l’instant. Utilisez Nouveau groupe ci-dessus, ou essayez l’exemple de la page d’accueil.'
  },
  listCount: (closed: boolean, members: number, guests: number) =>
    `${closed ? 'Fermé' : 'Ouvert'} · ${frenchCount(members, 'membre')}${guests ? `, ${guestCount(guests)}` : ''}`,
  welcome: {
    title: 'Bienvenue dans Hearth',
    intro:
      'Hearth accompagne la rencontre en ligne de votre communauté de pratique\u00a0: ordre du jour minuté, discussions de cas, notes confidentielles conservées uniquement sur cet ordinateur et exportations Word. Tout reste sur cet appareil.',
    sampleTitle: 'Essayer avec un groupe exemple',
    sampleText:
      'Un groupe fictif avec des membres, deux séances terminées et un plan prêt à lancer. Appuyez sur Espace pour démarrer l’horloge et explorez; rien de ce que vous y faites ne touche vos propres groupes.',
    sampleButton: 'Essayer le groupe exemple',
    setUpTitle: 'Créer mon groupe',
    stepName: 'Nommez votre groupe; les questions de la charte peuvent attendre.',
    stepMembers: 'Ajoutez les membres, avec leur ordre professionnel s’ils consignent leur formation continue.',
    stepPlan: 'Planifiez la prochaine séance à partir du modèle de 90\u00a0minutes.',
    setUpButton: 'Créer mon groupe'
  },
  home: {
    title: 'Vos groupes',
    newGroup: 'Nouveau groupe',
    practise: 'Envie de vous exercer d’abord?',
    openSample: 'Ouvrir un groupe exemple'
  },
  page: {
    subtitleCount: (closed: boolean, members: number, maxSize: number, guests: number, answered: number, total: number) =>
      `${closed ? 'Groupe fermé' : 'Groupe ouvert'} · ${frenchCount(members, 'membre')} sur un maximum de ${maxSize}${guests ? ` et ${guestCount(guests)}` : ''} · réponse à ${answered} des ${total}\u00a0questions de la charte`,
    tabs: {
      overview: 'Groupe et charte',
      members: 'Membres',
      sessions: 'Séances',
      protocols: 'Protocoles',
      certificates: 'FC et attestations'
    },
    tabsLabel: 'Volets de ce groupe'
  },
  newGroup: {
    title: 'Nouveau groupe',
    subtitle: 'Seul le nom est requis pour l’instant. Les questions sont celles qu’un groupe règle à sa formation; revenez-y quand vous voulez.',
    create: 'Créer le groupe',
    created: (name: string) => `Groupe «\u00a0${name}\u00a0» créé. Ajoutez maintenant ses membres.`,
    defaultConfidentiality:
      'Ce qui se dit ici reste ici. Les cas sont discutés de façon dépersonnalisée\u00a0: aucun nom, lieu ou détail qui permettrait d’identifier une personne cliente. Les notes consignent des thèmes, pas des personnes.'
  },
  overview: {
    saveChanges: 'Enregistrer les modifications',
    saved: 'Groupe enregistré.'
  },
  form: {
    name: 'Nom du groupe',
    frequencies: {
      weekly: 'Chaque semaine',
      fortnightly: 'Toutes les deux semaines',
      monthly: 'Chaque mois',
      'every-six-weeks': 'Toutes les six semaines',
      quarterly: 'Chaque trimestre',
      'as-agreed': 'Selon entente'
    },
    sections: {
      focus: 'Orientation et raison d’être',
      membership: 'Composition',
      meetings: 'Rencontres',
      values: 'Valeurs et sécurité'
    },
    questions: {
      1: 'Quelle est l’orientation de votre groupe?',
      2: 'Quelle est la raison d’être de votre groupe?',
      3: 'Qui anime votre groupe? Quelles sont ses responsabilités?',
      4: 'Quels sont vos buts et vos objectifs?',
      5: 'Votre groupe est-il ouvert ou fermé?',
      6: 'Combien de membres souhaiteriez-vous idéalement dans votre groupe?',
      7: 'Quand vous réunissez-vous? À quelle fréquence et pendant combien de temps? Où vous réunissez-vous? Votre rencontre a-t-elle lieu à une plage fixe ou variable? Combien de temps à l’avance fixez-vous les dates de rencontre?',
      8: 'Quel engagement attendez-vous des membres en matière de présence et de participation?',
      9: 'Comment votre rencontre est-elle structurée? Qui préside, établit l’ordre du jour, etc.?',
      10: 'Votre groupe entraîne-t-il des coûts? Comment seront-ils couverts?',
      11: 'Quelle est la procédure d’admission de nouveaux membres dans votre groupe?',
      12: 'Quelles sont les valeurs de votre groupe (p.\u00a0ex. confidentialité, inclusion, engagement envers une pratique fondée sur des données probantes, pratique éthique et formation continue)? Votre groupe pratique-t-il de façon sécuritaire, dans le respect de tous ses membres?',
      13: 'Comment communiquerez-vous entre vous?',
      14: 'Comment aborderez-vous les conflits?'
    },
    closed: 'Fermé\u00a0: membres fixes et engagés',
    open: 'Ouvert\u00a0: on vient selon le sujet',
    howOften: 'Fréquence',
    sessionLength: 'Durée de la séance (minutes)',
    slot: 'Plage horaire, lieu et délai pour fixer les dates',
    slotPlaceholder: 'p.\u00a0ex. deuxième mardi, de 19\u00a0h à 20\u00a0h\u00a030 (heure de l’Est), sur Zoom; dates fixées pour le cycle de six mois',
    talkTime: 'Temps de parole',
    talkTimeInExports: 'Inclure les parts du temps de parole dans les exportations',
    talkTimeHelp:
      'Le temps de parole est un repère privé pour la personne qui anime, jamais affiché sur l’écran partagé. Désactivé, sauf si le groupe en décide autrement.',
    confidentiality: 'Énoncé de confidentialité',
    readAloud: 'Lu à voix haute au début de chaque séance',
    readAloudHelp: 'Affiché sur l’écran partagé pendant le point d’ouverture.'
  },
  errors: {
    nameMissing: 'Donnez un nom au groupe.',
    sessionTooShort: 'Une séance dure au moins 15\u00a0minutes.',
    sessionTooLong: 'Une séance de plus de 8\u00a0heures n’est pas une rencontre de communauté de pratique.',
    sizeTooSmall: 'Un groupe compte au moins 2\u00a0membres.',
    sizeTooLarge: 'Jusqu’à 200\u00a0membres.',
    retentionTooShort: 'Conservez les notes au moins un mois, ou choisissez de les garder.',
    retentionTooLong: 'Jusqu’à 120\u00a0mois (10\u00a0ans).'
  }
} satisfies typeof english
