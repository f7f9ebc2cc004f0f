import { frenchCount } from '../counting'
import type { sessions as english } from '../en/sessions'

export const sessions = {
  panel: {
    intro: 'Planifiez chaque rencontre à l’avance\u00a0: l’ordre du jour, ses minutes et les points qu’on ne doit jamais écourter.',
    planNext: 'Planifier la prochaine séance',
    empty: 'Aucune séance planifiée pour l’instant. Le premier plan part du modèle de 90\u00a0minutes; modifiez ensuite n’importe quel point.',
    planFirst: 'Planifier la première séance',
    planTitle: 'Planifier la prochaine séance',
    status: { planned: 'Prévue', live: 'En cours', ended: 'Tenue' }
  },
  planForm: {
    startFrom: 'Partir de',
    defaultTemplate: 'Séance type de communauté de pratique (90\u00a0minutes)',
    changeLater: 'Vous pourrez modifier chaque point ensuite.',
    title: 'Titre de la séance',
    start: 'Date et heure de début',
    create: 'Créer le plan',
    titleMissing: 'Donnez un titre à la séance.',
    startMissing: 'Entrez une date et une heure de début.'
  },
  cycleTalk: {
    titleCount: (sessions: number) => `Temps de parole des six derniers mois (${frenchCount(sessions, 'séance')})`,
    private: 'Seulement sur votre écran; dans les exportations seulement si le groupe l’a choisi',
    share: (name: string, percent: string) => `${name}\u00a0: ${percent}\u00a0%`
  },
  editor: {
    breadcrumb: 'Séances',
    title: 'Titre de la séance',
    titleMissing: 'Donnez un titre à la séance',
    start: 'Date et heure de début',
    learningFocus: 'Objectif d’apprentissage',
    learningFocusHelp: 'Imprimé sur les attestations de participation et les relevés de formation continue.',
    reflection: 'Question de réflexion du mois',
    reflectionHelp: 'Pour les relevés de formation continue des membres, jusqu’à la prochaine séance.',
    protectedHelp:
      'Les points protégés ne sont jamais écourtés quand la séance déborde; les pauses absorbent d’abord le dépassement. Réordonnez en glissant, avec les boutons fléchés ou avec Alt+↑ / Alt+↓.',
    removed: (title: string) => `«\u00a0${title}\u00a0» retiré de l’ordre du jour.`,
    addItem: 'Ajouter un point',
    newItem: 'Nouveau point',
    saveAsTemplate: 'Enregistrer comme modèle',
    runLive: 'Lancer en direct',
    templateTitle: 'Enregistrer ce plan comme modèle du groupe',
    templateName: 'Nom du modèle',
    templateDefaultName: 'Notre séance mensuelle',
    templateNameMissing: 'Nommez le modèle, p.\u00a0ex. «\u00a0Notre séance mensuelle\u00a0».',
    templateReplaces: 'Un modèle du même nom est remplacé. La prochaine séance pourra partir de celui-ci.',
    saveTemplate: 'Enregistrer le modèle',
    templateSaved: (name: string) => `Modèle «\u00a0${name}\u00a0» enregistré.`,
    saveFirst: 'Enregistrez d’abord le plan\u00a0: corrigez ce qui est signalé, puis réessayez.',
    fixFields: 'Corrigez les champs signalés pour enregistrer.',
    startedTitle: 'Cette séance a commencé',
    startedText:
      'Son plan est maintenant le compte rendu de la rencontre. Modifiez le minutage depuis l’écran en direct (+1 / −1\u00a0minute, passer, rééquilibrer).',
    openLive: 'Ouvrir l’écran en direct'
  },
  agenda: {
    label: 'Points à l’ordre du jour',
    untitledNumber: (number: number) => `point ${number}`,
    rowMinutes: (position: number, name: string, minutes: number) => `${position}. ${name}, ${frenchCount(minutes, 'minute')}`,
    dragHint: 'Glissez, ou placez le focus et appuyez sur Espace, puis sur les flèches',
    reorder: (name: string) => `Réordonner ${name}`,
    drag: {
      instructions:
        'Pour saisir un point de l’ordre du jour, appuyez sur Espace ou Entrée. Utilisez les flèches haut et bas pour le déplacer. Appuyez de nouveau sur Espace ou Entrée pour le déposer à sa nouvelle place, ou sur Échap pour annuler.',
      pickedUp: (name: string, position: number, count: number) => `${name} saisi, point ${position} sur ${count}.`,
      movedTo: (name: string, position: number, count: number) => `${name} a été déplacé à la position ${position} sur ${count}.`,
      notOver: (name: string) => `${name} n’est plus au-dessus de l’ordre du jour.`,
      droppedAt: (name: string, position: number, count: number) => `${name} a été déposé à la position ${position} sur ${count}.`,
      droppedOutside: (name: string) => `${name} a été déposé hors de l’ordre du jour; sa place ne change pas.`,
      cancelled: (name: string) => `Déplacement annulé; ${name} garde sa place.`
    },
    startsAt: (time: string) => `Commence à ${time}`,
    item: 'Point',
    titleOfNumber: (number: number) => `Titre du point ${number}`,
    titleMissing: 'Donnez un titre à ce point',
    minutes: 'Minutes',
    minutesFor: (name: string) => `Minutes pour ${name}`,
    protected: 'Protégé',
    break: 'Pause',
    moveUp: (name: string) => `Monter ${name}`,
    moveDown: (name: string) => `Descendre ${name}`,
    remove: (name: string) => `Supprimer ${name}`,
    protectedBadge: 'Protégé\u00a0: jamais écourté automatiquement',
    breakBadge: 'Pause\u00a0: absorbe d’abord le dépassement',
    protocolBadge: (protocol: string) => `Protocole\u00a0: ${protocol}`,
    autoAdvanceBadge: 'Passe au suivant de lui-même à zéro'
  },
  total: {
    exactMinutes: (minutes: number) => `Exactement ${frenchCount(minutes, 'minute prévue', 'minutes prévues')}`,
    leftMinutes: (minutes: number) => `Reste ${minutes}\u00a0min à planifier`,
    overMinutes: (minutes: number) => `${minutes}\u00a0min de plus que la durée de la séance`,
    ofMinutes: (total: number, planned: number) => `Total de ${total} sur ${frenchCount(planned, 'minute')}`,
    shortMinutes: (total: number, planned: number) => `${total} / ${planned}\u00a0min`,
    bar: 'Minutes prévues par rapport à la durée de la séance'
  },
  timing: {
    tooltip: 'Protocole, avertissements et passage automatique',
    settingsFor: (name: string) => `Réglages de ${name}`,
    protocol: 'Protocole de discussion de cas',
    none: 'Aucun',
    optionalPhases: (phases: string) => `Inclure les étapes facultatives (${phases})`,
    phasesCount: (phases: number, published: number, itemMinutes: number) =>
      `${frenchCount(phases, 'étape')}, ${published}\u00a0min selon la version publiée; elles se partagent les ${itemMinutes}\u00a0min de ce point en proportion.`,
    useLengthMinutes: (minutes: number) => `Utiliser sa durée (${minutes}\u00a0min)`,
    warnPercent: 'Avertissement lorsqu’il reste (%)',
    dangerPercent: 'Alerte lorsqu’il reste (%)',
    autoAdvance: 'Passer au suivant de lui-même à zéro',
    autoAdvanceHelp: 'Idéal pour les limites strictes, comme une pause. Désactivé par défaut\u00a0: un minuteur ne devrait couper la parole à personne.'
  },
  errors: {
    itemTitleMissing: 'Donnez un titre à chaque point.',
    itemTitleTooLong: 'Limitez les titres à 200\u00a0caractères.',
    itemTooShort: 'Un point dure au moins 1\u00a0minute.',
    wholeMinutes: 'Utilisez des minutes entières.',
    itemTooLong: 'Un point peut durer au plus 600\u00a0minutes.',
    promptTooLong: 'Limitez la consigne à 1\u00a0000\u00a0caractères.',
    titleMissing: 'Donnez un titre à la séance.',
    titleTooLong: 'Limitez le titre à 200\u00a0caractères.',
    noItems: 'Une séance compte au moins un point à l’ordre du jour.',
    learningFocusTooLong: 'Limitez l’objectif d’apprentissage à 500\u00a0caractères.',
    reflectionTooLong: 'Limitez la question de réflexion à 1\u00a0000\u00a0caractères.'
  }
} satisfies typeof english
