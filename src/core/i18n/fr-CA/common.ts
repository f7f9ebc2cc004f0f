import type { common as english } from '../en/common'

export const common = {
  appName: 'Hearth',
  save: 'Enregistrer',
  cancel: 'Annuler',
  close: 'Fermer',
  undo: 'Annuler la dernière action',
  tryAgain: 'Réessayer',
  loading: 'Chargement…',
  minutesShort: (n: number) => `${n}\u00a0min`
} satisfies typeof english
