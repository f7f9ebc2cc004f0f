import { englishCount } from '../counting'

/** English words of the live screen: starting, running and ending a session. */
export const live = {
  start: {
    title: 'Ready to start?',
    planned: (items: number, minutes: number) =>
      `${englishCount(items, 'item')}, ${englishCount(minutes, 'minute')} planned. The clock runs from the moment you start, even if Hearth is closed.`,
    endAt: 'End the session at',
    asScheduled: (time: string) => `${time}, as scheduled`,
    slotPassed: 'The scheduled slot has passed or is too close.',
    fullLength: (time: string, minutes: number) => `${time}: the full ${englishCount(minutes, 'minute')} from now`,
    startSession: 'Start session',
    orPressSpace: 'or press Space'
  }
}
