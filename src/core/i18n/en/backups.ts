/** English words of the Backups screen and the restore dialog. */
export const backups = {
  title: 'Backups',
  subtitle:
    'Copies of your groups, sessions, sealed notes, key file and images, kept in the data folder’s backups folder. Each one is checked when it is made and when it is listed.',
  backUpNow: 'Back up now',
  backedUp: (date: string) => `Backed up (${date}).`,
  lastFailed: 'The last backup failed',
  noneTitle: 'No backups yet',
  noneText: 'Hearth backs up every five minutes during a live session and when it ends. Choose “Back up now” to make the first one.',
  caption: 'Newest first. Hearth keeps the last 10, and the newest of each of the last 7 days.',
  table: {
    taken: 'Taken',
    why: 'Why',
    sessions: 'Sessions',
    size: 'Size',
    actions: 'Actions'
  },
  damaged: 'Damaged',
  restoreFrom: (date: string) => `Restore the backup from ${date}`,
  restoreEllipsis: 'Restore…',
  reasons: {
    'live-interval': 'During a live session',
    'session-end': 'End of a session',
    manual: 'Backed up by you',
    'before-restore': 'Before a restore',
    unknown: 'Unknown'
  },
  restore: {
    title: 'Restore this backup?',
    close: 'Close',
    /** "Hearth will put back … as they were on **date** (reason)." The date between the two is set in bold. */
    putBackBefore: 'Hearth will put back the groups, sessions, notes and images as they were on',
    putBackAfter: (reason: string) => `(${reason}).`,
    safety:
      'First, your current data is saved as a new backup, “Before a restore”, so nothing is lost: you can restore that one to undo this. Changes made after the chosen backup will then only be in that new backup.',
    notRestored: 'Not restored',
    cancel: 'Cancel',
    confirm: 'Restore',
    done: (date: string) => `Restored the backup from ${date}. Your data as it was just before is kept as a backup (“Before a restore”).`
  }
}
