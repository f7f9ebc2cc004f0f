import { performance } from 'node:perf_hooks'
import { Document, Footer, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { buildSummaryDocx } from '../../electron/services/exports/summaryDocx'
import type { SessionSummary } from '../../src/core/summary/sessionSummary'
import { sessionSummaryFixture } from '../fixtures/sessionSummary'
import { log, type Emit } from './report'
import { median, percentile, round } from './stats'

// Time to export the Word summary of a long session (12 agenda items, 50 notes spread over them,
// 20 attendees, 12 actions, talk time) with Hearth's builder, against the floor: the same strings
// put into a document with bare docx calls (a paragraph per string, plain tables) and
// Packer.toBuffer. Most of the time on both sides is docx's XML and zip work; the ratio
// (floor / ours) shows what the layout adds. Below 1 means ours is slower, as it must be.

const ITEMS = 12
const NOTES = 50
const PEOPLE = 20
const WARM_UP = 3
const REPEATS = 15

export function longSessionSummary(): SessionSummary {
  const base = sessionSummaryFixture()
  const case1 = base.notes[1]!
  const people = Array.from({ length: PEOPLE }, (_, i) => `Member ${i + 1} Ñúñez-O’Hara`)
  const agenda = Array.from({ length: ITEMS }, (_, i) => ({
    title: i === 6 ? 'Break' : `Item ${i + 1}: case ${i + 1} with the Consultancy Protocol`,
    break: i === 6,
    plannedMinutes: 10,
    actualMinutes: i === 11 ? null : 10 + ((i % 3) - 1),
    skipped: false,
    protocol: i % 2 ? 'Consultancy Protocol (v2)' : null
  }))
  const withNotes = agenda.filter((a) => !a.break)
  // 50 notes over the 11 items that are not the break: each note adds a paragraph to every part.
  const notes = withNotes.map((item, i) => {
    const count = Math.floor(NOTES / withNotes.length) + (i < NOTES % withNotes.length ? 1 : 0)
    const many = (text: string) => Array.from({ length: count }, (_, n) => `${n + 1}. ${text}`).join('\n\n')
    return { itemTitle: item.title, themes: [...case1.themes, `Theme ${i}`], summary: many(case1.summary), questions: many(case1.questions), reflections: many(case1.reflections) }
  })
  return {
    ...base,
    attendance: { present: people.map((name, i) => ({ name, guest: i === 19, minutes: 110 - (i % 4), late: i % 7 === 3, leftEarly: i % 9 === 4 })), apologies: ['Daniel Okafor'], notMarked: [] },
    agenda,
    timing: { plannedMinutes: ITEMS * 10, actualMinutes: 110, rebalances: 2 },
    notes,
    actions: Array.from({ length: 12 }, (_, i) => ({ ...base.actions[i % base.actions.length]!, owner: people[i]! })),
    talkTime: people.map((name) => ({ name, sharePercent: 5 }))
  }
}

async function ours(summary: SessionSummary): Promise<number> {
  return (await buildSummaryDocx(summary)).length
}

/** The floor: every printed string, one run per paragraph, plain tables, default everything. */
async function floor(s: SessionSummary): Promise<number> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] })
  const table = (rows: string[][]) => new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [p(c)] })) })) })
  const children = [
    ...[s.groupName, s.sessionTitle, s.date, s.startTime, s.endTime ?? '', s.facilitator, s.noteTaker, s.learningFocus].map(p),
    table(s.attendance.present.map((a) => [a.name, String(a.minutes), a.late ? 'late' : ''])),
    p(s.attendance.apologies.join(', ')),
    table(s.agenda.map((a) => [a.title, String(a.plannedMinutes), String(a.actualMinutes ?? ''), a.protocol ?? ''])),
    ...s.notes.flatMap((n) => [n.itemTitle, n.themes.join(', '), n.summary, n.questions, n.reflections].map(p)),
    table(s.actions.map((a) => [a.text, a.owner, a.due, a.itemTitle])),
    table((s.selfEvaluation?.ratings ?? []).map((r) => [r.question, String(r.score ?? '')])),
    ...[s.selfEvaluation?.comment ?? '', s.next.scheduledStart ?? '', s.next.facilitator, ...s.reflectionPrompts].map(p),
    table((s.talkTime ?? []).map((t) => [t.name, String(t.sharePercent)]))
  ]
  return (await Packer.toBuffer(new Document({ sections: [{ footers: { default: new Footer({ children: [p(s.confidentialityStatement)] }) }, children }] }))).length
}

export async function summaryBench(emit: Emit): Promise<void> {
  const summary = longSessionSummary()
  log(`Exporting the Word summary of a long session (${ITEMS} items, ${NOTES} notes, ${PEOPLE} attendees), ${REPEATS} times, against bare docx Packer calls…`)
  for (let i = 0; i < WARM_UP; i++) {
    await ours(summary)
    await floor(summary)
  }
  const oursMs: number[] = []
  const floorMs: number[] = []
  // Interleaved, so load from other processes hits both sides alike.
  for (let i = 0; i < REPEATS; i++) {
    let t0 = performance.now()
    await ours(summary)
    oursMs.push(performance.now() - t0)
    t0 = performance.now()
    await floor(summary)
    floorMs.push(performance.now() - t0)
  }
  const value = median(oursMs)
  const base = median(floorMs)
  emit({
    name: 'export.summaryLongSession.median',
    value: round(value, 1),
    unit: 'ms',
    baseline: round(base, 1),
    ratio: round(base / value, 2),
    note: `median of ${REPEATS}; p90 ours ${round(percentile(oursMs, 90), 1)} ms, floor ${round(percentile(floorMs, 90), 1)} ms; floor = same strings via bare docx Packer calls`
  })
}
