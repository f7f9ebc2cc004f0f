import { englishCount } from '../counting'

/** English words of the groups area: the welcome, the list of groups, a group's page and its charter form. */
export const groups = {
  nav: {
    newGroup: 'New group',
    yourGroups: 'Your groups',
    empty: 'No groups yet. Use New group above, or try the sample from the welcome page.'
  },
  /** "Closed · 5 members, 1 guest" */
  listCount: (closed: boolean, members: number, guests: number) =>
    `${closed ? 'Closed' : 'Open'} · ${englishCount(members, 'member')}${guests ? `, ${englishCount(guests, 'guest')}` : ''}`,
  welcome: {
    title: 'Welcome to Hearth',
    intro:
      'Hearth runs your Community of Practice’s live call: a timed agenda, case discussions, confidential notes kept only on this computer, and Word exports. Everything stays on this machine.',
    sampleTitle: 'Try it with a sample group',
    sampleText:
      'A made-up group with members, two finished sessions and a plan ready to run. Press Space to start the clock and look around; nothing you do there touches your own groups.',
    sampleButton: 'Try with a sample group',
    setUpTitle: 'Set up my group',
    stepName: 'Name your group; the charter questions can wait.',
    stepMembers: 'Add the members, with their professional body if they log CPD.',
    stepPlan: 'Plan the next session from the 90-minute template.',
    setUpButton: 'Set up my group'
  },
  home: {
    title: 'Your groups',
    newGroup: 'New group',
    practise: 'Want to practise first?',
    openSample: 'Open a sample group'
  },
  page: {
    /** "Closed group · 5 members of up to 8 and 1 guest · 6 of 14 charter questions answered" */
    subtitleCount: (closed: boolean, members: number, maxSize: number, guests: number, answered: number, total: number) =>
      `${closed ? 'Closed group' : 'Open group'} · ${englishCount(members, 'member')} of up to ${maxSize}${guests ? ` and ${englishCount(guests, 'guest')}` : ''} · ${answered} of ${total} charter questions answered`,
    tabs: {
      overview: 'Group & charter',
      members: 'Members',
      sessions: 'Sessions',
      protocols: 'Protocols',
      certificates: 'CPD & certificates'
    },
    tabsLabel: 'Parts of this group'
  },
  newGroup: {
    title: 'New group',
    subtitle: 'Only the name is required now. The questions are the ones a group settles when it forms; come back to them any time.',
    create: 'Create group',
    created: (name: string) => `${name} created. Add its members next.`,
    /** Prefilled in a new group's form; the group's own words once saved. */
    defaultConfidentiality:
      'What is shared here stays here. Cases are discussed de-identified: no names, places or details that could identify a client. Notes record themes, not people.'
  },
  overview: {
    saveChanges: 'Save changes',
    saved: 'Group saved.'
  },
  form: {
    name: 'Group name',
    frequencies: {
      weekly: 'Weekly',
      fortnightly: 'Every two weeks',
      monthly: 'Monthly',
      'every-six-weeks': 'Every six weeks',
      quarterly: 'Quarterly',
      'as-agreed': 'As agreed'
    },
    sections: {
      focus: 'Focus and purpose',
      membership: 'Membership',
      meetings: 'Meetings',
      values: 'Values and safety'
    },
    /** The 14 "questions to consider" a group answers when it forms (src/core/model/charter.ts), by number. */
    questions: {
      1: 'What is the focus of your group?',
      2: 'What is the purpose of your group?',
      3: 'Who is your group leader? What are their responsibilities?',
      4: 'What are your aims and objectives?',
      5: 'Is your group open or closed?',
      6: 'How many members would you ideally like in your group?',
      7: 'When do you meet? How often and for how long? Where do you meet? Is your meeting in a regular slot or variable? How far in advance do you set meeting dates?',
      8: 'What commitment do you expect from group members in terms of attendance and participation?',
      9: 'How is your meeting structured? Who chairs, sets the agenda etc?',
      10: 'Are there any costs associated with your group? How will these be met?',
      11: 'What is the procedure for admitting new members to your group?',
      12: 'What are your group values (e.g. confidentiality, inclusivity, commitment to evidence-based practice, ethical practice, and CPD)? Are you practising safely as a group with respect for all group members?',
      13: 'How will you communicate with each other?',
      14: 'How will you address any conflicts?'
    },
    closed: 'Closed: fixed, committed members',
    open: 'Open: members come by topic',
    howOften: 'How often',
    sessionLength: 'Session length (minutes)',
    slot: 'Slot, place and how far ahead dates are set',
    slotPlaceholder: 'e.g. second Tuesday, 19:00–20:30 Eastern, on Zoom; dates set for the six-month cycle',
    talkTime: 'Talk time',
    talkTimeInExports: 'Include talk-time shares in exports',
    talkTimeHelp: 'Talk time is the facilitator’s private aid, never on the shared screen. Off unless the group decides otherwise.',
    confidentiality: 'Confidentiality statement',
    readAloud: 'Read aloud at the start of every session',
    readAloudHelp: 'Shown on the shared screen during the opening item.'
  },
  errors: {
    nameMissing: 'Give the group a name.',
    sessionTooShort: 'A session needs at least 15 minutes.',
    sessionTooLong: 'A session longer than 8 hours is not a CoP call.',
    sizeTooSmall: 'A group needs at least 2 members.',
    sizeTooLarge: 'Up to 200 members.',
    retentionTooShort: 'Keep notes at least a month, or choose to keep them.',
    retentionTooLong: 'Up to 120 months (10 years).'
  }
}
