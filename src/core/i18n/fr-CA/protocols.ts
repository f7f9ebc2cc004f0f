import { frenchCount } from '../counting'
import type { protocols as english } from '../en/protocols'

export const protocols = {
  panel: {
    intro:
      'Les protocoles de discussion de cas se déroulent en phases minutées à l’intérieur d’un point de l’ordre du jour, chacune avec sa règle de prise de parole. Modifiez-en un pour l’adapter à votre groupe; les séances gardent la version utilisée.',
    newProtocol: 'Nouveau protocole',
    minutes: (minutes: number) => `${minutes}\u00a0min`,
    phasesAndVersion: (phases: number, version: number) => `${frenchCount(phases, 'phase')} · version ${version}`,
    edit: 'Modifier',
    editNamed: (name: string) => `Modifier ${name}`
  },
  blank: {
    name: 'Notre protocole',
    source: 'Rédigé par le groupe.',
    presenter: 'Personne qui présente',
    consultants: 'Consultantes et consultants',
    facilitator: 'Animation',
    firstPhase: 'Première phase',
    newPhase: 'Nouvelle phase',
    everyone: 'Tout le monde'
  },
  editor: {
    newTitle: 'Nouveau protocole',
    editTitle: (name: string) => `Modifier ${name}`,
    minutesInAll: (minutes: number) => `${minutes}\u00a0min au total`,
    name: 'Nom',
    source: 'Provenance',
    summary: 'À quoi il sert',
    phase: (n: number) => `Phase ${n}`,
    title: 'Titre',
    minutes: 'Minutes',
    whoMaySpeak: 'Qui peut parler',
    speakers: {
      presenter: 'Personne qui présente seulement',
      group: 'Groupe (sauf la personne qui présente)',
      'in-turn': 'À tour de rôle',
      all: 'Tout le monde',
      facilitator: 'Animation',
      none: 'En silence'
    },
    rule: 'Règle affichée pour le groupe',
    prompt: 'Consigne',
    presenterAway: 'Personne qui présente retirée (caméra fermée)',
    optional: 'Phase facultative',
    turnTaking: 'Prise de parole',
    turnModes: {
      open: 'Libre',
      queue: 'File de mains levées',
      round: 'Tour de table'
    },
    moveUp: (n: number) => `Monter la phase ${n}`,
    moveDown: (n: number) => `Descendre la phase ${n}`,
    delete: (n: number) => `Supprimer la phase ${n}`,
    addPhase: 'Ajouter une phase',
    cancel: 'Annuler',
    save: 'Enregistrer pour notre groupe',
    saved: (name: string, version: number) => `${name} enregistré en version ${version}.`,
    discardTitle: 'Abandonner vos modifications?',
    discard: 'Abandonner les modifications',
    keepEditing: 'Continuer la modification',
    discardText: (name: string) => `Les modifications de ${name} ne sont pas enregistrées. Les abandonner laisse le protocole tel quel.`,
    errors: {
      nameMissing: 'Donnez un nom au protocole.',
      nameTooLong: (max: number) => `Limitez le nom à ${max}\u00a0caractères.`,
      summaryTooLong: (max: number) => `Limitez ce texte à ${max}\u00a0caractères.`,
      sourceTooLong: (max: number) => `Limitez la source à ${max}\u00a0caractères.`,
      titleMissing: 'Donnez un titre à cette phase.',
      titleTooLong: (max: number) => `Limitez le titre à ${max}\u00a0caractères.`,
      minutesMissing: (min: number, max: number) => `Combien de minutes dure cette phase? Entrez un nombre entier de ${min} à ${max}.`,
      minutesRange: (min: number, max: number) => `Une phase dure de ${min} à ${max}\u00a0minutes entières.`,
      ruleMissing: 'Indiquez en quelques mots qui peut parler\u00a0: le groupe le lit sur l’écran partagé.',
      ruleTooLong: (max: number) => `Limitez la règle à ${max}\u00a0caractères.`,
      promptTooLong: (max: number) => `Limitez la consigne à ${max}\u00a0caractères.`,
      summary: (count: number) => `${count < 2 ? 'Un champ demande' : `${count}\u00a0champs demandent`} votre attention avant l’enregistrement\u00a0: voyez ${count < 2 ? 'le message' : 'les messages'} en rouge.`,
      other: (message: string) => `Ce protocole ne peut pas encore être enregistré\u00a0: ${message}`
    }
  }
} satisfies typeof english
