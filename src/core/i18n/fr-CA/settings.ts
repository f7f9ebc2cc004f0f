import type { settings as english } from '../en/settings'

export const settings = {
  title: 'Paramètres',
  subtitle: 'Apparence, langue, dates et heures, carillons et raccourcis pour animer une séance en direct.',
  backupsLink: 'Sauvegardes et restauration',
  saved: 'Paramètres enregistrés.',
  save: 'Enregistrer les paramètres',
  appearance: {
    legend: 'Apparence',
    scheme: 'Jeu de couleurs. Système suit le réglage clair ou sombre de votre ordinateur.'
  },
  language: {
    legend: 'Langue, dates et heures',
    label: 'Langue et région',
    system: 'Comme sur cet ordinateur',
    preview: (date: string, time: string) =>
      `Détermine la langue de Hearth ainsi que l’écriture des dates et des heures. À l’écran, les dates et les heures se liront ainsi\u00a0: ${date}, ${time}.`
  },
  chimes: {
    legend: 'Carillons',
    explain:
      'Un bip quand un point atteint son seuil d’avertissement (20\u00a0% restant par défaut), deux au seuil d’alerte (5\u00a0%), trois à zéro. Les couleurs et les mots à l’écran disent toujours la même chose.',
    mute: 'Couper les carillons',
    volume: 'Volume sonore',
    volumeThumb: 'Volume des carillons',
    percent: (percent: number) => `${percent}\u00a0%`,
    hearWarning: 'Écouter l’avertissement',
    hearDanger: 'Écouter l’alerte',
    hearOvertime: 'Écouter le dépassement'
  },
  shortcuts: {
    legend: 'Raccourcis globaux (application de bureau)',
    explain:
      'Ils fonctionnent pendant que l’appel vidéo a le focus. Joignez les touches avec +, p.\u00a0ex. CommandOrControl+Alt+Space. Laissez un champ vide pour désactiver ce raccourci.',
    commands: {
      toggle: 'Commencer, mettre en pause ou reprendre',
      next: 'Point suivant',
      previous: 'Point précédent',
      'plus-minute': 'Une minute de plus',
      'minus-minute': 'Une minute de moins',
      mute: 'Couper les carillons'
    },
    badKeys: 'Joignez les touches avec +, p.\u00a0ex. CommandOrControl+Alt+Space.'
  }
} satisfies typeof english
