import type { backups as english } from '../en/backups'

export const backups = {
  title: 'Sauvegardes',
  subtitle:
    'Copies de vos groupes, séances, notes scellées, fichier de clé et images, conservées dans le dossier des sauvegardes du dossier de données. Chacune est vérifiée à sa création et chaque fois qu’elle est listée.',
  backUpNow: 'Sauvegarder maintenant',
  backedUp: (date: string) => `Sauvegarde faite (${date}).`,
  lastFailed: 'La dernière sauvegarde a échoué',
  noneTitle: 'Aucune sauvegarde pour l’instant',
  noneText:
    'Hearth fait une sauvegarde toutes les cinq minutes pendant une séance en direct et à la fin de celle-ci. Choisissez «\u00a0Sauvegarder maintenant\u00a0» pour faire la première.',
  caption: 'Les plus récentes en premier. Hearth conserve les 10\u00a0dernières, et la plus récente de chacun des 7\u00a0derniers jours.',
  table: {
    taken: 'Prise le',
    why: 'Motif',
    sessions: 'Séances',
    size: 'Taille',
    actions: 'Actions'
  },
  damaged: 'Endommagée',
  restoreFrom: (date: string) => `Restaurer la sauvegarde du ${date}`,
  restoreEllipsis: 'Restaurer…',
  reasons: {
    'live-interval': 'Pendant une séance en direct',
    'session-end': 'Fin d’une séance',
    manual: 'Faite par vous',
    'before-restore': 'Avant une restauration',
    unknown: 'Motif inconnu'
  },
  restore: {
    title: 'Restaurer cette sauvegarde?',
    close: 'Fermer',
    putBackBefore: 'Hearth remettra les groupes, les séances, les notes et les images dans l’état où ils étaient le',
    putBackAfter: (reason: string) => `(${reason}).`,
    safety:
      'D’abord, vos données actuelles sont enregistrées dans une nouvelle sauvegarde, «\u00a0Avant une restauration\u00a0», pour que rien ne se perde\u00a0: vous pourrez la restaurer pour annuler cette opération. Les modifications faites après la sauvegarde choisie ne se trouveront alors que dans cette nouvelle sauvegarde.',
    notRestored: 'Non restaurée',
    cancel: 'Annuler',
    confirm: 'Restaurer',
    done: (date: string) =>
      `Sauvegarde du ${date} restaurée. Vos données, telles qu’elles étaient juste avant, sont conservées dans une sauvegarde («\u00a0Avant une restauration\u00a0»).`
  }
} satisfies typeof english
