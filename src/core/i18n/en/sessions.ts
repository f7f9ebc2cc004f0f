import { englishCount } from '../counting'

/** English words of the sessions area: the sessions tab, planning a session, and the plan editor. */
export const sessions = {
  panel: {
    intro: 'Plan each call ahead: the agenda, its minutes, and which items may never be cut.',
    planNext: 'Plan next session',
    empty: 'No sessions planned yet. The first plan starts from the 90-minute template; change any item afterwards.',
    planFirst: 'Plan the first session',
    planTitle: 'Plan the next session',
    status: { planned: 'Planned', live: 'Live', ended: 'Held' }
  },
  planForm: {
    startFrom: 'Start from',
    defaultTemplate: 'Default 90-minute CoP session',
    changeLater: 'You can change every item afterwards.',
    title: 'Session title',
    start: 'Date and start time',
    create: 'Create plan',
    titleMissing: 'Give the session a title.',
    startMissing: 'Enter a date and a start time.'
  },
  cycleTalk: {
    titleCount: (sessions: number) => `Talk time over the last six months (${sessions} sessions)`,
    private: 'Only on your screen; in exports only if the group chose so',
    share: (name: string, percent: string) => `${name}: ${percent} %`
  },
  editor: {
    breadcrumb: 'Sessions',
    title: 'Session title',
    titleMissing: 'Give the session a title',
    start: 'Date and start time',
    learningFocus: 'Learning focus',
    learningFocusHelp: 'Printed on attendance certificates and CPD logs.',
    reflection: 'Reflection prompt for the month',
    reflectionHelp: 'For members’ CPD logs, until the next session.',
    protectedHelp:
      'Protected items are never shortened when the session runs over; breaks absorb overrun first. Reorder by dragging, with the arrow buttons, or with Alt+↑ / Alt+↓.',
    removed: (title: string) => `Removed “${title}” from the agenda.`,
    addItem: 'Add item',
    newItem: 'New item',
    saveAsTemplate: 'Save as template',
    runLive: 'Run live',
    templateTitle: 'Save this plan as a group template',
    templateName: 'Template name',
    templateDefaultName: 'Our monthly session',
    templateNameMissing: 'Name the template, e.g. “Our monthly session”.',
    templateReplaces: 'A template with the same name is replaced. The next session can start from it.',
    saveTemplate: 'Save template',
    templateSaved: (name: string) => `Template “${name}” saved.`,
    saveFirst: 'Save the plan first: fix what is marked, then try again.',
    fixFields: 'Fix the highlighted fields to save.',
    startedTitle: 'This session has started',
    startedText: 'Its plan is now the record of the call. Change timing from the live screen (+1 / −1 minute, skip, rebalance).',
    openLive: 'Open the live screen'
  },
  agenda: {
    label: 'Agenda items',
    /** How an untitled item is named in labels: "item 3". */
    untitledNumber: (number: number) => `item ${number}`,
    rowMinutes: (position: number, name: string, minutes: number) => `${position}. ${name}, ${englishCount(minutes, 'minute')}`,
    dragHint: 'Drag, or focus and press Space then the arrow keys',
    reorder: (name: string) => `Reorder ${name}`,
    /** What a screen reader hears while an item is dragged (dnd-kit's live region and its instructions). */
    drag: {
      instructions: 'To pick up an agenda item, press Space or Enter. Use the up and down arrow keys to move it. Press Space or Enter again to drop it in its new place, or Escape to cancel.',
      pickedUp: (name: string, position: number, count: number) => `Picked up ${name}, item ${position} of ${count}.`,
      movedTo: (name: string, position: number, count: number) => `${name} was moved to position ${position} of ${count}.`,
      notOver: (name: string) => `${name} is no longer over the agenda.`,
      droppedAt: (name: string, position: number, count: number) => `${name} was dropped at position ${position} of ${count}.`,
      droppedOutside: (name: string) => `${name} was dropped outside the agenda; its place is unchanged.`,
      cancelled: (name: string) => `Moving was cancelled; ${name} keeps its place.`
    },
    startsAt: (time: string) => `Starts at ${time}`,
    item: 'Item',
    titleOfNumber: (number: number) => `Title of item ${number}`,
    titleMissing: 'Give this item a title',
    minutes: 'Minutes',
    minutesFor: (name: string) => `Minutes for ${name}`,
    protected: 'Protected',
    break: 'Break',
    moveUp: (name: string) => `Move ${name} up`,
    moveDown: (name: string) => `Move ${name} down`,
    remove: (name: string) => `Delete ${name}`,
    protectedBadge: 'Protected: never shortened automatically',
    breakBadge: 'Break: absorbs overrun first',
    protocolBadge: (protocol: string) => `Protocol: ${protocol}`,
    autoAdvanceBadge: 'Moves on by itself at zero'
  },
  total: {
    exactMinutes: (minutes: number) => `Exactly ${englishCount(minutes, 'minute')} planned`,
    leftMinutes: (minutes: number) => `${minutes} min left to plan`,
    overMinutes: (minutes: number) => `${minutes} min over the session length`,
    ofMinutes: (total: number, planned: number) => `Total ${total} of ${englishCount(planned, 'minute')}`,
    shortMinutes: (total: number, planned: number) => `${total} / ${planned} min`,
    bar: 'Planned minutes against session length'
  },
  timing: {
    tooltip: 'Protocol, warnings and auto-advance',
    settingsFor: (name: string) => `Settings for ${name}`,
    protocol: 'Case protocol',
    none: 'None',
    optionalPhases: (phases: string) => `Include optional phases (${phases})`,
    phasesCount: (phases: number, published: number, itemMinutes: number) =>
      `${englishCount(phases, 'phase')}, ${published} min as published; they share this item’s ${itemMinutes} min in proportion.`,
    useLengthMinutes: (minutes: number) => `Use its length (${minutes} min)`,
    warnPercent: 'Warning when this much is left (%)',
    dangerPercent: 'Danger when this much is left (%)',
    autoAdvance: 'Move on by itself at zero',
    autoAdvanceHelp: 'Best for hard boundaries such as a break. Off by default: a timer should not cut a person off.'
  },
  errors: {
    itemTitleMissing: 'Give every item a title.',
    itemTitleTooLong: 'Keep titles under 200 characters.',
    itemTooShort: 'An item needs at least 1 minute.',
    wholeMinutes: 'Use whole minutes.',
    itemTooLong: 'An item can be at most 600 minutes.',
    promptTooLong: 'Keep the prompt under 1000 characters.',
    titleMissing: 'Give the session a title.',
    titleTooLong: 'Keep the title under 200 characters.',
    noItems: 'A session needs at least one agenda item.',
    learningFocusTooLong: 'Keep the learning focus under 500 characters.',
    reflectionTooLong: 'Keep the reflection prompt under 1,000 characters.'
  }
}
