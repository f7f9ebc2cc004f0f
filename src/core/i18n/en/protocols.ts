import { englishCount } from '../counting'

/** English words of the protocols area: the library and the editor. */
export const protocols = {
  panel: {
    intro:
      'Case-discussion protocols run as timed phases inside an agenda item, each with a rule for who may speak. Edit one to make it your group’s own; sessions keep the version they ran.',
    newProtocol: 'New protocol',
    minutes: (minutes: number) => `${minutes} min`,
    phasesAndVersion: (phases: number, version: number) => `${englishCount(phases, 'phase')} · version ${version}`,
    edit: 'Edit',
    editNamed: (name: string) => `Edit ${name}`
  },
  /** What a new protocol starts from: the group renames and rewrites all of it. */
  blank: {
    name: 'Our protocol',
    source: 'Written by the group.',
    presenter: 'Presenter',
    consultants: 'Consultants',
    facilitator: 'Facilitator',
    firstPhase: 'First phase',
    newPhase: 'New phase',
    everyone: 'Everyone'
  },
  editor: {
    newTitle: 'New protocol',
    editTitle: (name: string) => `Edit ${name}`,
    minutesInAll: (minutes: number) => `${minutes} min in all`,
    name: 'Name',
    source: 'Source',
    summary: 'What it is for',
    phase: (n: number) => `Phase ${n}`,
    title: 'Title',
    minutes: 'Minutes',
    whoMaySpeak: 'Who may speak',
    speakers: {
      presenter: 'Presenter only',
      group: 'Group (not the presenter)',
      'in-turn': 'In turn',
      all: 'Everyone',
      facilitator: 'Facilitator',
      none: 'Silence'
    },
    rule: 'Rule the room reads',
    prompt: 'Prompt',
    presenterAway: 'Presenter turned away (camera off)',
    optional: 'Optional phase',
    turnTaking: 'Turn taking',
    turnModes: {
      open: 'Open',
      queue: 'Raise-hand queue',
      round: 'Round'
    },
    moveUp: (n: number) => `Move phase ${n} up`,
    moveDown: (n: number) => `Move phase ${n} down`,
    delete: (n: number) => `Delete phase ${n}`,
    addPhase: 'Add phase',
    cancel: 'Cancel',
    save: 'Save for our group',
    saved: (name: string, version: number) => `${name} saved as version ${version}.`,
    discardTitle: 'Discard your changes?',
    discard: 'Discard changes',
    keepEditing: 'Keep editing',
    discardText: (name: string) => `The changes to ${name} are not saved. Discarding them keeps the protocol as it was.`,
    /** Said beside the field that needs it, and once for the whole form so a screen reader hears it. */
    errors: {
      nameMissing: 'Give the protocol a name.',
      nameTooLong: (max: number) => `Keep the name under ${max} characters.`,
      summaryTooLong: (max: number) => `Keep this under ${max} characters.`,
      sourceTooLong: (max: number) => `Keep the source under ${max} characters.`,
      titleMissing: 'Give this phase a title.',
      titleTooLong: (max: number) => `Keep the title under ${max} characters.`,
      minutesMissing: (min: number, max: number) => `How many minutes does this phase take? Enter a whole number from ${min} to ${max}.`,
      minutesRange: (min: number, max: number) => `A phase takes between ${min} and ${max} whole minutes.`,
      ruleMissing: 'Say in a few words who may speak: the room reads this on the shared screen.',
      ruleTooLong: (max: number) => `Keep the rule under ${max} characters.`,
      promptTooLong: (max: number) => `Keep the prompt under ${max} characters.`,
      summary: (count: number) => `${englishCount(count, 'field')} ${count === 1 ? 'needs' : 'need'} your attention before saving: see the ${count === 1 ? 'message' : 'messages'} in red.`,
      other: (message: string) => `This protocol cannot be saved yet: ${message}`
    }
  }
}
