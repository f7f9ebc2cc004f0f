import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSummaryDocx } from '../../../electron/services/exports/summaryDocx'
import type { SessionSummary } from '../../../src/core/summary/sessionSummary'
import { sessionSummaryFixture } from '../../fixtures/sessionSummary'
import { convertToPdf, officeTitle, pdfInfo, pdfPages, pdfText, whenOffice } from './libreOfficeSupport'
import { docxTables, readDocx, styledParagraphs } from './readDocx'

const SECTIONS = ['Attendance', 'Agenda and timing', 'Themes', 'Actions', 'Group self-evaluation', 'Next session'] as const

/** A session where nothing was recorded: every section must still say so. */
function emptySummary(): SessionSummary {
  return {
    ...sessionSummaryFixture(),
    noteTaker: '',
    endTime: null,
    attendance: { present: [], apologies: [], notMarked: [] },
    notes: [],
    actions: [],
    selfEvaluation: null,
    next: { scheduledStart: null, facilitator: '' },
    reflectionPrompts: [],
    talkTime: null
  }
}

async function read(summary: SessionSummary, paper?: 'A4' | 'Letter') {
  const doc = readDocx(await buildSummaryDocx(summary, paper ? { paper } : {}))
  const styled = styledParagraphs(doc.xml)
  const footer = [...doc.files].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, b]) => b.toString('utf8'))
  return { ...doc, styled, tables: docxTables(doc.xml), footer: footer.join('\n'), headings: (style: string) => styled.filter((p) => p.style === style).map((p) => p.text) }
}

/** The paragraphs from a heading to the next heading of the same or a higher level. */
function under(styled: { style: string; text: string }[], headingText: string): string[] {
  const start = styled.findIndex((p) => /^Heading\d$/.test(p.style) && p.text === headingText)
  if (start < 0) throw new Error(`No heading "${headingText}"`)
  const level = styled[start]?.style ?? ''
  const end = styled.findIndex((p, i) => i > start && /^Heading\d$/.test(p.style) && p.style <= level)
  return styled.slice(start + 1, end < 0 ? undefined : end).map((p) => p.text)
}

describe('session summary .docx', () => {
  it('opens with the title block: group, session, date and times, facilitator, note-taker, learning focus', async () => {
    const { paragraphs, headings, tables } = await read(sessionSummaryFixture())
    expect(paragraphs[0]).toBe('MENTAL PERFORMANCE COP  ·  SESSION SUMMARY')
    expect(headings('Title')).toEqual(['Session 7: Case Consultation — December 2026'])
    expect(tables[0]).toEqual([
      ['DATE AND TIME', 'Tuesday 8 December 2026, 19:00–20:24'],
      ['FACILITATOR', 'Sam Reyes'],
      ['NOTE-TAKER', 'Priya Natarajan'],
      ['LEARNING FOCUS', 'Framing a client dilemma with the Consultancy protocol']
    ])
  })

  it('has every section as a real Word heading, in order, with the notes’ items as level-2 headings', async () => {
    const { headings, files } = await read(sessionSummaryFixture())
    expect(headings('Heading1')).toEqual([...SECTIONS, 'Talk time'])
    expect(headings('Heading2')).toEqual(['Check-in round', 'Case 1: a parent on the touchline', 'Case 2: confidence after injury', 'Actions, self-evaluation and close'])
    // The navigation pane and PDF bookmarks read the outline level of the heading styles.
    const styles = files.get('word/styles.xml')?.toString('utf8') ?? ''
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/)
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/)
  })

  it('lists who was present with minutes, late, left early and guests; apologies; not marked', async () => {
    const { tables, styled } = await read(sessionSummaryFixture())
    expect(tables[1]).toEqual([
      ['Name', 'Minutes', 'Note'],
      ['Sam Reyes', '84', ''],
      ['Priya Natarajan', '84', ''],
      ['Tomás Ferreira', '71', 'arrived late'],
      ['Aoife Gallagher', '52', 'left early'],
      ['Kwame Mensah', '84', ''],
      ['Zoë O’Brien-Nakamura', '84', ''],
      ['Lena Vogel', '84', 'guest']
    ])
    expect(under(styled, 'Attendance')).toEqual(expect.arrayContaining(['Present (7)', 'Apologies (2): Daniel Okafor, Marta Kowalczyk', 'Not marked (1): Jonas Berg']))
  })

  it('tables the agenda planned against actual, with over/under, skipped, not reached, protocols and a total row', async () => {
    const { tables, styled } = await read(sessionSummaryFixture())
    expect(tables[2]).toEqual([
      ['Item', 'Planned min', 'Actual min', 'Over / under', 'Protocol'],
      ['Arrival, norms and confidentiality reminder', '5', '6', '+1', '—'],
      ['Check-in round', '10', '13', '+3', '—'],
      ['Case 1: a parent on the touchline', '25', '23', '−2', 'Consultancy Protocol (v2)'],
      ['Break', '5', '5', 'on time', 'break'],
      ['Case 2: confidence after injury', '20', '20', 'on time', 'Troika Consulting'],
      ['Resource share', '10', '—', 'skipped', '—'],
      ['Open floor', '5', '—', 'not reached', '—'],
      ['Actions, self-evaluation and close', '10', '17', '+7', '—'],
      ['Total', '90', '84', '−6', '']
    ])
    expect(under(styled, 'Agenda and timing')).toContain('The timings of the remaining items were rebalanced once during the session.')
  })

  it('lists the themes once each, then per item its summary, questions and reflections with paragraphs and line breaks kept', async () => {
    const { styled } = await read(sessionSummaryFixture())
    const themes = under(styled, 'Themes')
    // "boundaries" in case 2 is the same theme as case 1's "Boundaries": listed once, first spelling.
    expect(themes.slice(0, 7)).toEqual(['End-of-season fatigue', 'Workload', 'Boundaries', 'Dual roles', 'Parental pressure', 'Return to play', 'Confidence'])
    expect(styled.filter((p) => p.style === 'ListParagraph').map((p) => p.text)).not.toContain('boundaries')

    const case1 = under(styled, 'Case 1: a parent on the touchline')
    expect(case1).toEqual([
      'Themes: Boundaries · Dual roles · Parental pressure',
      'Summary',
      'Person A presented work with [CLIENT], a youth athlete at [CLUB], whose parent coaches from the touchline and asks for session content afterwards.',
      'The presenting question: how to keep the working alliance with [CLIENT] while the parent pays for the sessions.',
      'Questions raised',
      'Who is the client when a parent pays?\nWhat was agreed about confidentiality at intake?\nWhat would [CLIENT] want the parent to know?',
      'Reflections',
      'Several members recognised the pattern from their own practice.',
      'Person B suggested a three-way meeting to re-contract, with the athlete choosing what is shared.\nPerson C cautioned against making the parent the problem.'
    ])
    // Empty parts are left out, not printed as empty labels.
    expect(under(styled, 'Check-in round')).toEqual(['Themes: End-of-season fatigue · Workload', 'Summary', 'Most members are in the last weeks of a long season. Two named travel as the heaviest load.'])
    expect(under(styled, 'Actions, self-evaluation and close')).toEqual(['Reflections', 'A good pace after the break; the check-in needs a firmer close next time.'])
  })

  it('tables the actions with owner, due date, status and the item they came from', async () => {
    const { tables, styled } = await read(sessionSummaryFixture())
    expect(under(styled, 'Actions')[0]).toBe('4 actions, 3 still open.')
    expect(tables[3]).toEqual([
      ['Action', 'Owner', 'Due', 'Status', 'From item'],
      ['Share the re-contracting template for three-way meetings', 'Person B', '15 December 2026', 'open', 'Case 1: a parent on the touchline'],
      ['Circulate the Troika Consulting one-pager', 'Sam Reyes', '10 December 2026', 'done', 'Case 2: confidence after injury'],
      ['Bring a return-to-play case for January', 'Person D', '12 January 2027', 'open', 'Case 2: confidence after injury'],
      ['Move the resource share to the top of next month’s agenda', 'Kwame Mensah', '—', 'open', 'Actions, self-evaluation and close']
    ])
  })

  it('gives the self-evaluation scores out of 5 (or not rated) and the comment', async () => {
    const { tables, styled } = await read(sessionSummaryFixture())
    expect(tables[4]).toEqual([
      ['Question', 'Score'],
      ['We kept to our confidentiality agreement', '5 out of 5'],
      ['Everyone had room to speak', '4 out of 5'],
      ['We kept to time', '3 out of 5'],
      ['I will use something from tonight in my practice', 'not rated']
    ])
    expect(under(styled, 'Group self-evaluation')).toEqual(['', 'Comment', 'Strong case work.\nThe check-in ran long; keep it to one word each next time.'])
  })

  it('names the next session, its facilitator and the month’s reflection prompts', async () => {
    const { styled } = await read(sessionSummaryFixture())
    expect(under(styled, 'Next session')).toEqual([
      'Date and time: Tuesday 12 January 2027, 19:00',
      'Facilitator: Kwame Mensah',
      'Reflection prompts for the month',
      'Where did you notice your own assumptions about who the client is?',
      'What will you try at your next intake to agree what is shared, and with whom?'
    ])
  })

  it('prints talk time as aggregate shares from the tap-to-start ledger when the group opted in', async () => {
    const { tables, styled } = await read(sessionSummaryFixture())
    expect(under(styled, 'Talk time')[0]).toBe('Aggregate shares from the facilitator’s tap-to-start ledger; no audio was recorded.')
    expect(tables[5]?.[0]).toEqual(['Name', 'Share of talk time'])
    expect(tables[5]?.slice(1)).toContainEqual(['Zoë O’Brien-Nakamura', '21 %'])
    expect(tables[5]).toHaveLength(8)
  })

  it('has no talk-time section at all when the summary carries none', async () => {
    const { headings, text, tables } = await read({ ...sessionSummaryFixture(), talkTime: null })
    expect(headings('Heading1')).toEqual([...SECTIONS])
    expect(text).not.toContain('Talk time')
    expect(text).not.toContain('tap-to-start')
    expect(text).not.toContain('21 %')
    expect(tables).toHaveLength(5)
  })

  it('puts the confidentiality statement (short form) and page X of Y in the footer of every page, and the full statement once in the body', async () => {
    const { footer, xml, styled } = await read(sessionSummaryFixture())
    expect(footer).toContain('Confidential. What is shared here stays here.')
    expect(footer).not.toContain('Notes record themes')
    expect(footer).toMatch(/Mental Performance CoP · Session 7: Case Consultation — December 2026 · page /)
    expect(footer).toContain('PAGE')
    expect(footer).toContain('NUMPAGES')
    expect(xml).toMatch(/<w:footerReference w:type="default"/)
    expect(styled.at(-1)?.text).toBe(`Confidentiality: ${sessionSummaryFixture().confidentialityStatement}`)
  })

  it('is portrait, A4 by default and Letter on request', async () => {
    expect((await read(sessionSummaryFixture())).xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/)
    expect((await read(sessionSummaryFixture(), 'Letter')).xml).toMatch(/<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"\/>/)
  })

  it('says briefly what is missing when nothing was recorded, instead of dropping sections', async () => {
    const { headings, styled, text, tables } = await read(emptySummary())
    expect(headings('Heading1')).toEqual([...SECTIONS])
    expect(tables[0]?.[0]).toEqual(['DATE AND TIME', 'Tuesday 8 December 2026, from 19:00'])
    expect(tables[0]?.map((r) => r[0])).not.toContain('NOTE-TAKER')
    expect(under(styled, 'Attendance')).toEqual(['Present (0)', 'Nobody was marked present.', 'Apologies (0): none', 'Not marked (0): none'])
    expect(under(styled, 'Themes')).toEqual(['No themes were recorded.', 'No notes were recorded for any agenda item.'])
    expect(under(styled, 'Actions')).toEqual(['No actions were recorded.'])
    expect(under(styled, 'Group self-evaluation')).toEqual(['The group did not evaluate this session.'])
    expect(under(styled, 'Next session').slice(0, 4)).toEqual(['Date and time: not set yet', 'Facilitator: not chosen yet', 'Reflection prompts for the month', 'No reflection prompt was set.'])
    expect(text).not.toContain('Talk time')
  })
})

whenOffice(officeTitle('Session summary through LibreOffice'), () => {
  let dir = ''

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-summary-lo-'))
    writeFileSync(join(dir, 'summary.docx'), await buildSummaryDocx(sessionSummaryFixture()))
    writeFileSync(join(dir, 'no-talk.docx'), await buildSummaryDocx({ ...sessionSummaryFixture(), talkTime: null }, { paper: 'Letter' }))
    convertToPdf(dir, ['summary', 'no-talk'])
  }, 180_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('holds every section, in order, with its key values', () => {
    const text = pdfText(dir, 'summary')
    const inOrder = [
      'Session 7: Case Consultation',
      'Tuesday 8 December 2026, 19:00–20:24',
      'Attendance',
      'Tomás Ferreira 71 arrived late',
      'Apologies (2): Daniel Okafor, Marta Kowalczyk',
      'Agenda and timing',
      'Case 1: a parent on the touchline 25 23 −2 Consultancy Protocol (v2)',
      'Resource share 10 — skipped',
      'Total 90 84 −6',
      'rebalanced once',
      'Themes',
      'Parental pressure',
      'Questions raised',
      'What would [CLIENT] want the parent to know?',
      'Actions',
      'Person B 15 December 2026 open',
      'Group self-evaluation',
      'not rated',
      'Next session',
      'Tuesday 12 January 2027, 19:00',
      'Reflection prompts for the month',
      'Talk time',
      'tap-to-start ledger',
      'Zoë O’Brien-Nakamura 21 %'
    ]
    let at = -1
    for (const expected of inOrder) {
      const found = text.indexOf(expected, at + 1)
      expect(found, expected).toBeGreaterThan(at)
      at = found
    }
    expect(text).not.toContain('\uFFFD')
  })

  it('is A4 portrait with the footer on every page', () => {
    expect(pdfInfo(dir, 'summary')).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    const pages = pdfPages(dir, 'summary')
    expect(pages).toBeGreaterThan(1)
    const text = pdfText(dir, 'summary')
    for (let page = 1; page <= pages; page++) expect(text).toContain(`page ${page} of ${pages}`)
    expect(text.split('Confidential. What is shared here stays here.')).toHaveLength(pages + 1)
  })

  it('leaves talk time out when the group did not opt in (Letter paper)', () => {
    expect(pdfInfo(dir, 'no-talk')).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
    const text = pdfText(dir, 'no-talk')
    expect(text).toContain('Next session')
    expect(text).not.toContain('Talk time')
    expect(text).not.toContain('tap-to-start')
  })
})
