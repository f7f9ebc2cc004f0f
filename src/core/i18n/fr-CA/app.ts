import type { app as english } from '../en/app'

export const app = {
  header: {
    showGroups: 'Afficher les groupes',
    settings: 'Paramètres',
    groupsNav: 'Groupes'
  },
  closeDialog: 'Fermer la fenêtre',
  closeNotification: 'Fermer la notification',
  loadState: {
    loading: 'Chargement',
    couldNotLoad: 'Impossible de charger ce contenu',
    tryAgain: 'Réessayer'
  },
  statusNotices: {
    quarantined: 'Un fichier de données n’a pas pu être lu',
    readOnly: 'Lecture seule\u00a0: enregistré par une version plus récente de Hearth',
    migrated: 'Données mises à niveau',
    restoreNewest: (date: string) => `Restaurer la sauvegarde valide la plus récente (${date})…`
  },
  confirmKeep: 'Conserver',
  undo: 'Annuler',
  saveStatus: {
    saved: 'Enregistré',
    saving: 'Enregistrement…',
    notSaved: (message: string) => `Non enregistré\u00a0: ${message}`,
    retryInSeconds: (seconds: number) => ` Hearth garde votre texte ici et réessaie de lui-même (prochain essai dans ${seconds}\u00a0s).`,
    retryNow: 'Réessayer maintenant'
  },
  errors: {
    noAnswer: 'Le service d’arrière-plan de Hearth n’a pas répondu. Redémarrez Hearth; votre travail enregistré est sur le disque.',
    somethingWrong: 'Une erreur s’est produite. Rien n’a été modifié.'
  },
  colorScheme: {
    light: 'Clair',
    dark: 'Sombre',
    auto: 'Système',
    notSaved: 'Apparence non enregistrée',
    menu: 'Apparence',
    current: (label: string) => `Apparence\u00a0: ${label}`
  },
  validation: {
    tooLong: (max: number) => `Limitez ce texte à ${max}\u00a0caractères.`,
    atLeast: (min: number) => `La valeur minimale est ${min}.`,
    atMost: (max: number) => `La valeur maximale est ${max}.`,
    number: 'Entrez un nombre.',
    wholeNumber: 'Entrez un nombre entier.',
    email: 'Cette adresse courriel ne semble pas valide.',
    required: 'Remplissez ce champ.',
    invalid: 'Vérifiez cette valeur.'
  }
} satisfies typeof english
