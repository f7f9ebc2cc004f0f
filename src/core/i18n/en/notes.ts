import { englishCount } from '../counting'

/** English words of the notes area: confidential notes, their identifier flags, and the passphrase. */
export const notes = {
  heading: 'Confidential notes',
  opening: 'Opening notes…',
  savedClean: 'Notes saved. Nothing left to resolve.',
  notesFor: 'Notes for',
  followAgenda: 'Follow the agenda',
  fields: {
    themes: 'Themes',
    themesHelp: 'Tags the group reuses across sessions. Only themes with no identifiers are offered again.',
    summary: 'Case summary',
    summaryHelp: 'De-identified: the situation and the question, without names, ages, places, teams or dates.',
    questions: 'Questions raised',
    reflections: 'Reflections',
    actions: 'Actions'
  },
  openCount: (n: number) => (n === 0 ? 'No possible identifiers left in this session’s notes.' : `${englishCount(n, 'possible identifier')} to resolve in this session’s notes.`),
  saveAndCheck: 'Save and check notes',
  cannotSave: 'These notes cannot be saved as they are.',
  /** What each kind of identifier is called on its flag. */
  kinds: {
    PERSON: 'Name',
    AGE: 'Age',
    DATE: 'Date',
    LOCATION: 'Place',
    ORGANIZATION: 'Organisation',
    CONTACT: 'Contact',
    ID: 'ID number'
  },
  /** Written into the note itself as a consistent stand-in: "Person A", "Organisation B", "Place C". */
  pseudonymStems: { PERSON: 'Person', ORGANIZATION: 'Organisation', LOCATION: 'Place' },
  flags: {
    listLabel: 'Possible identifiers',
    kept: 'kept: you confirmed it',
    replaceWith: (text: string, by: string) => `Replace “${text}” with ${by}`,
    notIdentifierLabel: (text: string) => `“${text}” is not an identifier`,
    notIdentifier: 'Not an identifier',
    moreChoices: (text: string) => `More choices for “${text}”`,
    safeList: (text: string) => `Never flag “${text}” in this group (safe list)`,
    confirm: (text: string) => `Keep “${text}”: I confirm it may stay`,
    /** Read by screen readers under a note field. */
    noneInField: 'No possible identifiers.',
    inField: (count: number, list: string) => `${englishCount(count, 'possible identifier')}: ${list}. Alt+R replaces the one at the cursor.`,
    inFieldItem: (text: string, kind: string) => `${text} (${kind.toLowerCase()})`
  },
  review: {
    title: 'Resolve each possible identifier',
    allResolved: 'Every flag is resolved. The notes can be saved and exported.',
    howTo: 'Replace each one, say it is not an identifier, or confirm that it may stay (under ⋯).',
    agendaItem: 'Agenda item',
    back: 'Back to the notes',
    save: 'Save notes'
  },
  actions: {
    heading: 'Actions',
    none: 'No actions yet.',
    done: (n: number) => `Action ${n} done`,
    action: (n: number) => `Action ${n}`,
    owner: 'Owner',
    nobody: 'Nobody yet',
    due: 'Due',
    remove: (n: number) => `Remove action ${n}`,
    removed: (n: number) => `Removed action ${n}.`,
    add: 'Add action'
  },
  unlock: {
    checking: 'Checking how notes are protected…',
    tooShort: (n: number) => `Use at least ${n} characters: a short sentence is easy to remember.`,
    enter: 'Enter the passphrase.',
    mismatch: 'The two passphrases are not the same. Type it again in both fields.',
    cannotOpen: 'Notes cannot be opened',
    protectForm: 'Protect notes with a passphrase',
    unlockForm: 'Unlock notes',
    protectTitle: 'Protect confidential notes with a passphrase',
    lockedTitle: 'Notes are locked',
    protectHelp: (n: number) =>
      `Notes are encrypted on this computer. This system has no keychain Hearth can use, so choose a passphrase of at least ${n} characters. Without it the notes cannot be read — by anyone, including you.`,
    unlockHelp: 'Enter the notes passphrase to read and write notes in this run of Hearth.',
    passphrase: 'Passphrase',
    again: 'Passphrase again',
    set: 'Set passphrase',
    unlock: 'Unlock notes'
  }
}
