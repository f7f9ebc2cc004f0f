/** English words of the members area: the members tab and the member form. */
export const members = {
  intro: 'Members are the people you take attendance for. Guests join single sessions and do not count towards the group size.',
  add: 'Add member',
  empty: 'No members yet. Add the people who come to the calls, yourself included: attendance and certificates need them.',
  addFirst: 'Add the first member',
  table: {
    label: 'Members',
    name: 'Name',
    role: 'Role',
    email: 'Email',
    professionalBody: 'Professional body',
    registration: 'Registration no.',
    actions: 'Actions'
  },
  roles: {
    member: 'Member',
    guest: 'Guest',
    facilitator: 'Facilitator'
  },
  edit: 'Edit',
  editName: (name: string) => `Edit ${name}`,
  remove: 'Remove',
  removeName: (name: string) => `Remove ${name}`,
  editTitle: 'Edit member',
  addTitle: 'Add member',
  save: 'Save',
  saved: (name: string) => `${name} saved.`,
  notRemoved: 'Not removed',
  removed: (name: string) => `${name} removed from the group.`,
  removeTitle: 'Remove member?',
  /** "Remove **Ana** from Kingston CoP? …": the name between the two is set in bold. */
  removeVerb: 'Remove',
  removeFrom: (group: string) => `from ${group}? Their past attendance records stay with past sessions.`,
  keep: 'Keep',
  form: {
    name: 'Name',
    nameHelp: 'As on their professional registration (used on certificates)',
    role: 'Role',
    email: 'Email',
    optional: 'Optional',
    professionalBody: 'Professional body',
    professionalBodyHelp: 'Optional, e.g. ICF, BPS, CSPA',
    registration: 'Registration number',
    cancel: 'Cancel'
  },
  errors: {
    nameMissing: 'Enter the member’s name.',
    nameTooLong: 'Keep the name under 120 characters.',
    email: 'That email address does not look right.'
  }
}
