/** English words of the app's frame: header, shared components (loading, saving, status notices) and form checks. */
export const app = {
  header: {
    showGroups: 'Show groups',
    settings: 'Settings',
    groupsNav: 'Groups'
  },
  /** Mantine's close button on every dialog is an icon only. */
  closeDialog: 'Close dialog',
  closeNotification: 'Close notification',
  loadState: {
    loading: 'Loading',
    couldNotLoad: 'Could not load this',
    tryAgain: 'Try again'
  },
  statusNotices: {
    quarantined: 'A data file could not be read',
    readOnly: 'Read-only: saved by a newer Hearth',
    migrated: 'Data upgraded',
    restoreNewest: (date: string) => `Restore the newest valid backup (${date})…`
  },
  confirmKeep: 'Keep',
  undo: 'Undo',
  saveStatus: {
    saved: 'Saved',
    saving: 'Saving…',
    notSaved: (message: string) => `Not saved: ${message}`,
    retryInSeconds: (seconds: number) => ` Hearth keeps your text here and tries again by itself (next try in ${seconds} s).`,
    retryNow: 'Retry now'
  },
  errors: {
    noAnswer: 'Hearth’s background service did not answer. Restart Hearth; your saved work is on disk.',
    somethingWrong: 'Something went wrong. Nothing was changed.'
  },
  colorScheme: {
    light: 'Light',
    dark: 'Dark',
    auto: 'System',
    notSaved: 'Appearance not saved',
    menu: 'Appearance',
    current: (label: string) => `Appearance: ${label}`
  },
  /** What a form says about a value the shared rules (src/core/model) turn down, when no field says better. */
  validation: {
    tooLong: (max: number) => `Keep this under ${max} characters.`,
    atLeast: (min: number) => `Use at least ${min}.`,
    atMost: (max: number) => `Use at most ${max}.`,
    number: 'Enter a number.',
    wholeNumber: 'Enter a whole number.',
    email: 'That email address does not look right.',
    required: 'Fill this in.',
    invalid: 'Check this value.'
  }
}
