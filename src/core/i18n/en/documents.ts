import { englishCount } from '../counting'

/**
 * English words of the Word documents and CSV files Hearth writes (summary, certificates, CPD log).
 * Dates, times and decimal hours arrive already formatted for the document's locale; counts that
 * are numbers are formatted here.
 */
export const documents = {
  fileNames: {
    /** Dates in file names stay ISO (YYYY-MM-DD) in every language: they sort in a folder. */
    summary: (date: string, title: string) => `Summary ${date} ${title}`,
    certificate: (date: string, name: string) => `Certificate ${date} ${name}`,
    certificates: (date: string, title: string) => `Certificates ${date} ${title}`,
    cpdLog: (from: string, to: string, name: string) => `CPD log ${from} to ${to} ${name}`
  },
  dialogs: {
    saveSummary: 'Save the session summary',
    saveCertificates: 'Save the certificates',
    certificatesFolder: 'Choose a folder for the certificates',
    saveCpdLog: 'Save the CPD log'
  },
  /** A footer's page count around the page fields Word fills in: "page 2 of 5". */
  pageOf: <T>(current: T, total: T): [string, T, string, T] => ['page ', current, ' of ', total],
  certificate: {
    title: 'Certificate of Attendance',
    description: 'Certificate of attendance',
    liveOnline: 'Live, online',
    duplicate: 'DUPLICATE',
    reissued: (reissuedOn: string, firstIssued: string) => `  re-issued ${reissuedOn}; first issued ${firstIssued}`,
    certifies: 'This certifies that',
    registration: (number: string) => `Registration no. ${number}`,
    attended: 'attended',
    learningFocus: 'Learning focus: ',
    dateAndFormat: 'Date and format',
    cpdHours: 'CPD hours',
    hours: (hours: number) => englishCount(hours, 'hour'),
    attendance: 'Attendance',
    attendanceBasis: (attended: string, session: string, percent: string) => `attended ${attended} of ${session} minutes (${percent} %), breaks excluded`,
    provider: 'Provider',
    issued: 'Issued',
    facilitator: 'Facilitator',
    certificateId: 'Certificate ID ',
    verificationCode: '   ·   Verification code ',
    howToVerify: (provider: string) => `To verify this certificate, give its ID and code to ${provider}.`,
    logoAlt: (provider: string) => `${provider} logo`,
    logoTitle: 'Logo',
    signatureAlt: (name: string) => `Signature of ${name}`,
    signatureTitle: 'Signature'
  },
  cpdLog: {
    title: 'CPD log',
    documentTitle: (name: string) => `CPD log: ${name}`,
    registration: (number: string) => `Registration no. ${number}`,
    professionalBody: (body: string) => `Professional body: ${body}`,
    cycle: (from: string, to: string, provider: string) => `${from} to ${to}   ·   Provider: ${provider}`,
    columns: {
      date: 'Date',
      activity: 'Activity and learning focus',
      hours: 'Hours',
      creditType: 'Credit type',
      reflectionPrompt: 'Reflection prompt',
      myReflection: 'My reflection: what I will apply'
    },
    certificate: (id: string) => `Certificate ${id}`,
    total: 'Total',
    sessionCount: (count: number) => englishCount(count, 'session'),
    hoursOfType: (hours: string, creditType: string) => `${hours} h ${creditType}`,
    empty: 'No sessions with CPD credit in this cycle.',
    explanation: 'Hours are attended time with breaks excluded, rounded down as on each certificate. Keep the certificates with this log for an audit.',
    footer: (name: string) => `${name} · CPD log · `
  },
  csv: {
    date: 'Date',
    activity: 'Activity',
    learningFocus: 'Learning focus',
    hours: 'Hours',
    minutes: 'Minutes',
    creditType: 'Credit type',
    reflectionPrompt: 'Reflection prompt',
    certificateId: 'Certificate ID',
    provider: 'Provider'
  },
  summary: {
    documentTitle: (title: string) => `Session summary: ${title}`,
    kicker: 'Session summary',
    details: {
      dateAndTime: 'Date and time',
      facilitator: 'Facilitator',
      noteTaker: 'Note-taker',
      learningFocus: 'Learning focus'
    },
    when: {
      span: (date: string, start: string, end: string) => `${date}, ${start}–${end}`,
      from: (date: string, start: string) => `${date}, from ${start}`,
      at: (date: string, time: string) => `${date}, ${time}`
    },
    attendance: {
      heading: 'Attendance',
      present: (count: number) => `Present (${count})`,
      name: 'Name',
      minutes: 'Minutes',
      note: 'Note',
      nobodyPresent: 'Nobody was marked present.',
      apologies: (count: number) => `Apologies (${count}): `,
      notMarked: (count: number) => `Not marked (${count}): `,
      none: 'none',
      guest: 'guest',
      late: 'arrived late',
      leftEarly: 'left early'
    },
    agenda: {
      heading: 'Agenda and timing',
      empty: 'The session had no agenda items.',
      item: 'Item',
      planned: 'Planned min',
      actual: 'Actual min',
      overUnder: 'Over / under',
      protocol: 'Protocol',
      break: 'break',
      total: 'Total',
      onTime: 'on time',
      skipped: 'skipped',
      notReached: 'not reached',
      rebalanced: (count: number) =>
        count === 0
          ? 'The timings were not rebalanced during the session.'
          : `The timings of the remaining items were rebalanced ${count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`} during the session.`,
      agendaItem: 'Agenda item'
    },
    notes: {
      themes: 'Themes',
      noThemes: 'No themes were recorded.',
      noNotes: 'No notes were recorded for any agenda item.',
      itemThemes: 'Themes: ',
      summary: 'Summary',
      questions: 'Questions raised',
      reflections: 'Reflections',
      onlyThemes: 'Only themes were noted for this item.'
    },
    actions: {
      heading: 'Actions',
      empty: 'No actions were recorded.',
      counts: (count: number, open: number) => `${englishCount(count, 'action')}, ${open} still open.`,
      action: 'Action',
      owner: 'Owner',
      due: 'Due',
      status: 'Status',
      fromItem: 'From item',
      done: 'done',
      open: 'open'
    },
    selfEvaluation: {
      heading: 'Group self-evaluation',
      none: 'The group did not evaluate this session.',
      question: 'Question',
      score: 'Score',
      notRated: 'not rated',
      outOfFive: (score: number) => `${score} out of 5`,
      comment: 'Comment',
      noComment: 'No comment was added.',
      /** In the order of SELF_EVALUATION_QUESTIONS (src/core/summary/closing.ts). */
      questions: [
        'How useful was today’s session for our practice?',
        'Did everyone have a fair chance to contribute?',
        'How well did the structure and timing work?',
        'How safe did it feel to share?'
      ]
    },
    next: {
      heading: 'Next session',
      dateAndTime: 'Date and time: ',
      notSet: 'not set yet',
      facilitator: 'Facilitator: ',
      notChosen: 'not chosen yet',
      prompt: 'Reflection prompt for the month',
      prompts: 'Reflection prompts for the month',
      noPrompt: 'No reflection prompt was set.'
    },
    talkTime: {
      heading: 'Talk time',
      explanation: 'Aggregate shares from the facilitator’s tap-to-start ledger; no audio was recorded.',
      name: 'Name',
      share: 'Share of talk time',
      percent: (percent: number) => `${percent} %`,
      none: 'No talk time was logged.',
      formerMember: 'Someone no longer in the group'
    },
    confidentiality: (statement: string) => `Confidentiality: ${statement}`,
    confidential: (statement: string) => `Confidential. ${statement}`
  }
}
