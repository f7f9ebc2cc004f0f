import { frenchCount } from '../counting'
import type { live as english } from '../en/live'

export const live = {
  start: {
    title: 'Prêt à commencer?',
    planned: (items: number, minutes: number) =>
      `${frenchCount(items, 'point')} à l’ordre du jour, ${frenchCount(minutes, 'minute')} prévues. L’horloge tourne dès que vous commencez, même si Hearth est fermé.`,
    endAt: 'Terminer la séance à',
    asScheduled: (time: string) => `${time}, comme prévu`,
    slotPassed: 'La plage prévue est passée ou trop proche.',
    fullLength: (time: string, minutes: number) => `${time}\u00a0: les ${frenchCount(minutes, 'minute')} complètes à partir de maintenant`,
    startSession: 'Commencer la séance',
    orPressSpace: 'ou appuyez sur Espace'
  }
} satisfies typeof english
