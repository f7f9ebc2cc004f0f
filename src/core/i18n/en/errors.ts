import { live } from './live'

// What the background services say when they refuse or fail: each says what happened and what to
// do next. `kind` is a document's label ('workspace', 'session'); `code` an operating-system error
// code (ENOSPC…), kept for whoever helps the facilitator.

const unknown = (code: string | null) => code ?? 'unknown error'

const why = (code: string | null) =>
  code === 'ENOSPC' || code === 'EDQUOT'
    ? 'the disk is full'
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'Hearth is not allowed to write to its data folder'
      : code === 'EIO'
        ? 'the disk reported an error'
        : 'the disk refused the write'

export const errors = {
  request: {
    unknownChannel: 'Hearth does not know that request.',
    untrustedSender: 'Request refused: it did not come from Hearth’s own window.',
    notInForm: 'The request was not in the expected form.',
    internal: 'Something went wrong inside Hearth and that action may not have finished. Reload to see what was saved, then try again; restart Hearth if it keeps happening.',
    noSaveDialog: 'This window cannot show a save dialog. Export from the Hearth app.'
  },
  /** The IPC validator's words for a value the contract turns down; the field's name follows in brackets. */
  validation: {
    required: 'Fill this in; it is required.',
    text: 'Enter text here.',
    number: 'Enter a number here.',
    yesNo: 'Choose yes or no here.',
    notInForm: 'This part of the request is not in the form Hearth expects. Reload Hearth and try again.',
    empty: 'Fill this in; it cannot be empty.',
    atLeastCharacters: (count: number) => (count === 1 ? 'Use at least 1 character.' : `Use at least ${count} characters.`),
    chooseOne: 'Choose at least one.',
    chooseAtLeast: (count: number) => `Choose at least ${count}.`,
    numberAbove: (number: number) => `Use a number above ${number}.`,
    numberAtLeast: (number: number) => `Use a number of at least ${number}.`,
    tooSmall: 'This value is too small. Reload Hearth and try again.',
    atMostCharacters: (count: number) => (count === 1 ? 'Use at most 1 character.' : `Use at most ${count} characters.`),
    chooseAtMost: (count: number) => `Choose at most ${count}.`,
    numberBelow: (number: number) => `Use a number below ${number}.`,
    numberAtMost: (number: number) => `Use a number of at most ${number}.`,
    tooLarge: 'This value is too large. Reload Hearth and try again.',
    format: 'This is not in the expected format; check it and try again.',
    multipleOf: (number: number) => `Use a multiple of ${number}.`,
    oneOf: (choices: string) => `Choose one of: ${choices}.`,
    notAccepted: 'This value is not one Hearth accepts. Reload Hearth and try again.',
    unknownFields: 'This request holds fields Hearth does not know. Reload Hearth and try again.',
    notAcceptedForm: 'This part of the request is not in a form Hearth accepts. Reload Hearth and try again.',
    invalid: 'This value is not valid; check it and try again.'
  },
  /** Something the facilitator asked for is no longer there. */
  notFound: {
    group: 'That group no longer exists. It may have been removed; reload the list.',
    member: 'That member no longer exists. It may have been removed; reload the list.',
    session: 'That session no longer exists. It may have been removed; reload the list.',
    template: 'That template no longer exists. It may have been removed; reload the list.'
  },
  storage: {
    writeFailed: (kind: string, code: string | null) => `The ${kind} was not saved: ${why(code)} (${unknown(code)}). The previous version on disk is intact.`,
    missing: (kind: string) => `The ${kind} file is missing from the data folder. Restore it from a backup.`,
    cannotRead: (kind: string, code: string | null) =>
      `Hearth could not read its ${kind} file (${unknown(code)}). Check that the data folder is readable, then try again. Nothing was changed.`,
    keptAside: (reason: string, keptAs: string) => `${reason} Hearth kept it untouched as ${keptAs}.`,
    restoredWhileOpen: (kind: string) => `Hearth restored a backup while this ${kind} was open. Reload, then make the change again.`,
    readOnly: (kind: string) => `The ${kind} is read-only.`,
    empty: (kind: string) => `The ${kind} file is empty.`,
    notJson: (kind: string) => `The ${kind} file is not valid JSON.`,
    notHearth: (kind: string) => `The ${kind} file does not hold a Hearth document.`,
    wrongKind: (kind: string, format: string) => (format ? `This is not a ${kind} file (it says it is "${format}").` : `This is not a ${kind} file.`),
    noVersion: (kind: string) => `The ${kind} file has no valid schemaVersion.`,
    future: (kind: string, version: number, newest: number) =>
      `This ${kind} was saved by a newer version of Hearth (format v${version}; this app reads up to v${newest}). Update Hearth to open it. Nothing was changed.`,
    notUpgraded: (kind: string, version: number) => `The ${kind} file could not be upgraded from v${version}.`,
    invalidField: (kind: string, where: string) => `The ${kind} file has an invalid field (${where}).`
  },
  /** What the banner at the top of the window says about a data file opened in an unusual state. */
  notices: {
    quarantined: (reason: string, keptAs: string, kind: string) => `${reason} Hearth kept it untouched as ${keptAs} and started a fresh ${kind}.`,
    migrated: (kind: string, version: number, backup: string) => `Your ${kind} was upgraded from format v${version}; the original is kept as ${backup}.`,
    keptAside: (count: number, files: string) =>
      count === 1
        ? `A file Hearth could not read is kept aside in the data folder (${files}). Restore from a backup or remove it once you have checked.`
        : `${count} files Hearth could not read are kept aside in the data folder (${files}). Restore from a backup or remove them once you have checked.`
  },
  notes: {
    notAvailable: 'Confidential notes are not available in this window.',
    notUnderstood: 'These notes opened but are not in a form Hearth understands. The session file is kept as it is.',
    unresolvedFlags: (count: number) =>
      `The notes still hold ${count} possible identifier${count === 1 ? '' : 's'} nobody has resolved. Open the notes, then replace, dismiss or confirm each flag before exporting.`,
    itemGone: 'These notes belong to an agenda item that is no longer in the plan. Reload the session.',
    unreadable:
      'Hearth could not open these confidential notes: the file was changed outside Hearth, is damaged, or was sealed with a different key. Nothing was changed; restore the notes from a backup if they matter.',
    otherKey:
      'These confidential notes were sealed with a different key than the one unlocked on this computer, so Hearth cannot open them. Nothing was changed; if they came from another computer, open them there.',
    unknownContents: 'Hearth opened these confidential notes but does not recognise their contents. Nothing was changed.',
    keyWrongLength: 'The notes key has the wrong length; Hearth cannot seal or open notes with it.',
    keyBadId: 'The notes key has an invalid id; Hearth did not seal anything with it.'
  },
  keys: {
    notSetUp: 'Confidential notes are not set up yet. Choose a passphrase to protect them.',
    locked: 'Confidential notes are locked. Enter your passphrase to open them.',
    passphraseTooShort: (count: number) => `Choose a passphrase of at least ${count} characters. A few ordinary words in a row are easy to remember and hard to guess.`,
    passphraseTooLong: (count: number) => `Choose a passphrase of at most ${count} characters.`,
    wrongPassphrase: 'That passphrase does not unlock the confidential notes on this computer. Check Caps Lock and the keyboard layout, then try again.',
    keychainOnly: 'The confidential notes on this computer are protected by the system keychain, not by a passphrase.',
    passphraseOnly: 'The confidential notes on this computer are protected by a passphrase, not by the system keychain.',
    noPassphraseNeeded: 'The system keychain protects the confidential notes on this computer; no passphrase is needed.',
    cannotCheck: 'Hearth could not check the passphrase just now. Close other programs to free memory, then try again.',
    lockedAgain: 'The notes key was locked again; try once more.',
    notAvailable: 'The notes key is not available; try again.',
    cannotSave: (code: string | null) => `Hearth could not save its key file (${code ?? 'disk error'}). Nothing was changed; check free disk space and try again.`,
    cannotSetUp: (code: string | null) =>
      `Hearth could not set up the key for confidential notes (${code ?? 'error'}). Check free disk space and that the system keychain is unlocked, then try again.`,
    noKeychain: 'This computer has no system keychain Hearth can use to protect confidential notes. Use a passphrase instead.',
    keychainRefused:
      'The system keychain could not unlock the confidential notes. It may have been reset, or this data folder came from another computer or user account. The key file was left as it is.',
    fileUnreadable: (code: string | null) =>
      `Hearth could not read its key file, keys.json (${unknown(code)}), so confidential notes cannot be opened. Check that the data folder is readable, then try again. Nothing was changed.`,
    fileDamaged:
      'The key file, keys.json, is damaged. Hearth left the file exactly as it is. Restore keys.json from a backup of the data folder; without it the confidential notes cannot be opened.',
    fileFuture: 'The key file, keys.json, was written by a newer version of Hearth. Update Hearth to open confidential notes; the file was left as it is.',
    fileUnknown:
      'The key file, keys.json, is not one Hearth recognises. Hearth left the file exactly as it is. Restore keys.json from a backup of the data folder; without it the confidential notes cannot be opened.'
  },
  backups: {
    nothingYet: 'There is nothing to back up yet: the workspace has not been saved. Add a group first.',
    cannotWrite: (code: string | null) => `Hearth could not write a backup (${code ?? 'disk error'}). Your data is unchanged; check free disk space.`,
    discarded: (problem: string) => `A backup was discarded because it did not check out: ${problem} Your data is unchanged.`,
    gone: 'That backup no longer exists or cannot be read. Reload the list of backups.',
    cannotRestore: (problem: string) => `That backup cannot be restored: ${problem} Choose another one; nothing was changed.`,
    changedDuringRestore: (path: string) => `The copy of ${path} changed during the restore. Nothing after it was replaced; try again.`,
    manifestDamaged: 'Its list of contents (manifest.json) is damaged.',
    manifestMissing: 'Its list of contents (manifest.json) is missing or damaged.',
    copyMissing: (path: string) => `The copy of ${path} is missing.`,
    copyChanged: (path: string) => `The copy of ${path} has changed since the backup was taken.`,
    /** What is wrong with one file inside a backup (or in the data folder, before it is copied). */
    notImage: (path: string) => `${path} is not a PNG or JPEG image.`,
    notUtf8: (path: string) => `${path} is not UTF-8 text.`,
    fileProblem: (path: string, problem: string) => `${path}: ${problem}`,
    keyFileUnknown: 'keys.json is not a key file this Hearth reads.',
    keyFileNotJson: 'keys.json is not valid JSON.',
    notBackedUp: (path: string) => `${path} is not a file Hearth backs up.`,
    failed: 'A backup failed.'
  },
  /** A live action the log refuses (src/core/live/checkEvent.ts): the live screen's own sentences. */
  refusals: live.refusals,
  groups: {
    full: (group: string, size: number) => `${group} is full (${size} members). Raise the group size in its settings, or add this person as a guest.`
  },
  sessions: {
    duplicateItems: 'Two agenda items share an id. Reload the plan and try again.',
    started: 'This session has started: change its timing from the live screen (+1 / −1 minute, rebalance) so the record stays true.',
    nextDateFirst: 'Set the date of the next session first (closing steps).'
  },
  protocols: {
    duplicatePhases: 'Two phases share a key; give each phase its own.'
  },
  certificates: {
    cycleBackwards: 'The cycle ends before it starts. Check the two dates.',
    noCredit: (name: string, from: string, to: string) => `${name} has no sessions with CPD credit between ${from} and ${to}.`,
    imageTooLarge: 'That image is larger than 2 MB. Save a smaller PNG or JPEG and choose it again.',
    notAnImage: 'That file is not a PNG or JPEG image Hearth can print. Choose a .png or .jpg file.',
    notEnded: 'Certificates are issued once the session has ended, when the attendance is final.',
    personGone: 'One of the chosen people is no longer in the group. Reload the list.',
    notEligible: (name: string, reason: string) => `${name} is not eligible for a certificate: ${reason}`,
    /** The group's CPD settings are not complete enough to print a certificate; `detail` says what is missing. */
    needsSettings: (detail: string) => `Certificates need the group’s CPD settings first: ${detail} (group page → Certificates).`,
    providerName: 'Enter the provider or organisation name.',
    facilitatorName: 'Enter the facilitator’s name.'
  }
}
