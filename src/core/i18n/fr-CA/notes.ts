import { frenchCount } from '../counting'
import type { notes as english } from '../en/notes'

export const notes = {
  heading: 'Notes confidentielles',
  opening: 'Ouverture des notes…',
  savedClean: 'Notes enregistrées. Il ne reste rien à régler.',
  notesFor: 'Notes pour',
  followAgenda: 'Suivre l’ordre du jour',
  fields: {
    themes: 'Thèmes',
    themesHelp: 'Étiquettes que le groupe réutilise d’une séance à l’autre. Seuls les thèmes sans identifiant sont proposés de nouveau.',
    summary: 'Résumé du cas',
    summaryHelp: 'Dépersonnalisé\u00a0: la situation et la question, sans noms, âges, lieux, équipes ni dates.',
    questions: 'Questions soulevées',
    reflections: 'Réflexions',
    actions: 'Actions'
  },
  openCount: (n: number) =>
    n === 0 ? 'Il ne reste aucun identifiant possible dans les notes de cette séance.' : `${frenchCount(n, 'identifiant possible', 'identifiants possibles')} à régler dans les notes de cette séance.`,
  saveAndCheck: 'Enregistrer et vérifier les notes',
  cannotSave: 'Ces notes ne peuvent pas être enregistrées telles quelles.',
  kinds: {
    PERSON: 'Nom',
    AGE: 'Âge',
    DATE: 'Date',
    LOCATION: 'Lieu',
    // "Organisation" would read the same as the English; Quebec usage says "organisme" anyway.
    ORGANIZATION: 'Organisme',
    CONTACT: 'Coordonnées',
    ID: 'Identifiant'
  },
  pseudonymStems: { PERSON: 'Personne', ORGANIZATION: 'Organisme', LOCATION: 'Lieu' },
  flags: {
    listLabel: 'Identifiants possibles',
    kept: 'conservé\u00a0: vous l’avez confirmé',
    replaceWith: (text: string, by: string) => `Remplacer «\u00a0${text}\u00a0» par ${by}`,
    notIdentifierLabel: (text: string) => `«\u00a0${text}\u00a0» n’est pas un identifiant`,
    notIdentifier: 'Pas un identifiant',
    moreChoices: (text: string) => `Autres choix pour «\u00a0${text}\u00a0»`,
    safeList: (text: string) => `Ne jamais signaler «\u00a0${text}\u00a0» dans ce groupe (liste d’exceptions)`,
    confirm: (text: string) => `Garder «\u00a0${text}\u00a0»\u00a0: je confirme qu’il peut rester`,
    noneInField: 'Aucun identifiant possible.',
    inField: (count: number, list: string) =>
      `${frenchCount(count, 'identifiant possible', 'identifiants possibles')}\u00a0: ${list}. Alt+R remplace celui qui se trouve au curseur.`,
    inFieldItem: (text: string, kind: string) => `${text} (${kind.toLowerCase()})`
  },
  review: {
    title: 'Régler chaque identifiant possible',
    allResolved: 'Tous les signalements sont réglés. Les notes peuvent être enregistrées et exportées.',
    howTo: 'Remplacez chacun, indiquez qu’il ne s’agit pas d’un identifiant ou confirmez qu’il peut rester (sous ⋯).',
    agendaItem: 'Point à l’ordre du jour',
    back: 'Retour aux notes',
    save: 'Enregistrer les notes'
  },
  actions: {
    heading: 'Actions',
    none: 'Aucune action pour l’instant.',
    done: (n: number) => `Action ${n} terminée`,
    action: (n: number) => `Action ${n}`,
    owner: 'Responsable',
    nobody: 'Personne pour l’instant',
    due: 'Échéance',
    remove: (n: number) => `Supprimer l’action ${n}`,
    removed: (n: number) => `Action ${n} supprimée.`,
    add: 'Ajouter une action'
  },
  unlock: {
    checking: 'Vérification de la protection des notes…',
    tooShort: (n: number) => `Utilisez au moins ${n}\u00a0caractères\u00a0: une courte phrase est facile à retenir.`,
    enter: 'Entrez la phrase de passe.',
    mismatch: 'Les deux phrases de passe ne sont pas identiques. Tapez-la de nouveau dans les deux champs.',
    cannotOpen: 'Impossible d’ouvrir les notes',
    protectForm: 'Protéger les notes par une phrase de passe',
    unlockForm: 'Déverrouiller les notes',
    protectTitle: 'Protéger les notes confidentielles par une phrase de passe',
    lockedTitle: 'Les notes sont verrouillées',
    protectHelp: (n: number) =>
      `Les notes sont chiffrées sur cet ordinateur. Ce système n’offre aucun trousseau que Hearth puisse utiliser\u00a0: choisissez une phrase de passe d’au moins ${n}\u00a0caractères. Sans elle, personne ne peut lire les notes, pas même vous.`,
    unlockHelp: 'Entrez la phrase de passe des notes pour les lire et les écrire pendant cette utilisation de Hearth.',
    passphrase: 'Phrase de passe',
    again: 'Phrase de passe (confirmation)',
    set: 'Définir la phrase de passe',
    unlock: 'Déverrouiller les notes'
  }
} satisfies typeof english
