/** Words many screens share. Each area keeps its own catalogue (live.ts, notes.ts…); only the truly shared sit here. */
export const common = {
  appName: 'Hearth',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  undo: 'Undo',
  tryAgain: 'Try again',
  loading: 'Loading…',
  minutesShort: (n: number) => `${n} min`
}
