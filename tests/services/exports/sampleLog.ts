import { buildCpdLog, type CpdLog } from '../../../src/core/attendance/cpdLog'

/** Six months of a member's sessions, one outside the cycle and one with no credit. */
export function sampleLog(): CpdLog {
  return buildCpdLog({
    participantName: 'Zoë O’Brien-Nakamura',
    registrationNumber: 'ICF 004-512-77',
    professionalBody: 'ICF',
    providerName: 'North Sea Practitioners’ Network',
    cycle: { from: '2026-07-01', to: '2026-12-31' },
    rows: [
      { sessionId: 'session-0012', date: '2026-12-08', activityTitle: 'Session 7: Case Consultation', learningFocus: 'Framing a dilemma', creditedMinutes: 75, creditType: 'ICF Core Competencies', reflectionPrompt: 'Where did you notice your own assumptions?', certificateId: 'HRT-2026-7K3M-Q9XD' },
      { sessionId: 'session-0010', date: '2026-10-13', activityTitle: 'Session 5: Troika, "stuck" moments', learningFocus: '', creditedMinutes: 90, creditType: 'ICF Core Competencies', reflectionPrompt: '=HYPERLINK("http://evil.example","click")', certificateId: 'HRT-2026-AAAA-BBBB' },
      { sessionId: 'session-0009', date: '2026-09-08', activityTitle: 'Session 4: Ethics round', learningFocus: 'Boundaries, dual roles', creditedMinutes: 60, creditType: 'ICF Resource Development', reflectionPrompt: '-one thing, +one thing', certificateId: '' },
      { sessionId: 'session-0001', date: '2026-01-13', activityTitle: 'Before the cycle', learningFocus: '', creditedMinutes: 90, creditType: 'ICF Core Competencies', reflectionPrompt: '', certificateId: '' },
      { sessionId: 'session-0011', date: '2026-11-10', activityTitle: 'Left early', learningFocus: '', creditedMinutes: 0, creditType: 'ICF Core Competencies', reflectionPrompt: '', certificateId: '' }
    ]
  })
}
