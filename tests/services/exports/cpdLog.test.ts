import { describe, expect, it } from 'vitest'
import { buildCpdLogCsv, csvCell, cpdLogCsvHeader } from '../../../electron/services/exports/cpdLogCsv'
import { buildCpdLogDocx, cpdLogFileNames } from '../../../electron/services/exports/cpdLogDocx'
import { buildCpdLog } from '../../../src/core/attendance/cpdLog'
import { parseCsv } from './parseCsv'
import { readDocx } from './readDocx'
import { sampleLog } from './sampleLog'

describe('CPD log (core)', () => {
  it('keeps the cycle’s credited sessions, oldest first, with totals per credit type that add up as printed', () => {
    const log = sampleLog()
    expect(log.rows.map((r) => r.date)).toEqual(['2026-09-08', '2026-10-13', '2026-12-08'])
    expect(log.rows.map((r) => r.hours)).toEqual(['1', '1.5', '1.25'])
    expect(log.totals).toEqual({
      minutes: 225,
      hours: '3.75',
      byCreditType: [
        { creditType: 'ICF Resource Development', minutes: 60, hours: '1' },
        { creditType: 'ICF Core Competencies', minutes: 165, hours: '2.75' }
      ]
    })
    // Unrounded minutes: the total is the sum of the printed rows (1.28 + 1.31), never more.
    const exact = buildCpdLog({ ...log, rows: [77, 79].map((m, i) => ({ ...log.rows[0]!, sessionId: `s-${i}`, creditedMinutes: m })) })
    expect(exact.rows.map((r) => r.hours)).toEqual(['1.28', '1.31'])
    expect(exact.totals.hours).toBe('2.59')
  })
})

describe('CPD log .docx', () => {
  it('has the member, the cycle, every row and the totals', async () => {
    const { paragraphs, text, xml } = readDocx(await buildCpdLogDocx(sampleLog()))
    expect(paragraphs).toContain('CPD log')
    expect(paragraphs).toContain('Zoë O’Brien-Nakamura')
    expect(paragraphs).toContain('Registration no. ICF 004-512-77   ·   Professional body: ICF')
    expect(paragraphs).toContain('1 July 2026 to 31 December 2026   ·   Provider: North Sea Practitioners’ Network')
    for (const expected of ['8 December 2026', 'Session 7: Case Consultation', 'Framing a dilemma', 'Certificate HRT-2026-7K3M-Q9XD', '1.25', 'Where did you notice your own assumptions?', 'Session 5: Troika, "stuck" moments', '-one thing, +one thing', 'Total', '3 sessions', '3.75', '2.75 h ICF Core Competencies', '1 h ICF Resource Development'])
      expect(paragraphs, expected).toContain(expected)
    expect(text).not.toContain('Before the cycle')
    expect(text).not.toContain('Left early')
    expect(xml).toContain('w:orient="landscape"')
    expect(xml).toContain('<w:tblHeader')
  })

  it('names files per member without collisions', () => {
    const log = sampleLog()
    expect(cpdLogFileNames([log, log], '.csv')).toEqual(['CPD log 2026-07-01 to 2026-12-31 Zoë O’Brien-Nakamura.csv', 'CPD log 2026-07-01 to 2026-12-31 Zoë O’Brien-Nakamura (2).csv'])
  })
})

describe('CPD log CSV', () => {
  it('is UTF-8 with a BOM, CRLF, RFC 4180 quoting, and defuses formulas', () => {
    const csv = buildCpdLogCsv(sampleLog())
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = csv.toString('utf8').slice(1)
    expect(text.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(text)
    expect(rows[0]).toEqual(['Date', 'Activity', 'Learning focus', 'Hours', 'Minutes', 'Credit type', 'Reflection prompt', 'Certificate ID', 'Provider'])
    expect(rows[0]).toEqual(cpdLogCsvHeader())
    expect(rows).toHaveLength(4)
    expect(rows[1]).toEqual(['2026-09-08', 'Session 4: Ethics round', 'Boundaries, dual roles', '1', '60', 'ICF Resource Development', "'-one thing, +one thing", '', 'North Sea Practitioners’ Network'])
    expect(rows[2]?.[1]).toBe('Session 5: Troika, "stuck" moments')
    expect(rows[2]?.[6]).toBe(`'=HYPERLINK("http://evil.example","click")`)
    expect(rows[3]?.[0]).toBe('2026-12-08')
  })

  it('guards every formula lead character and quotes only when needed', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", `"'\rx"`])
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
    expect(csvCell('1.25')).toBe('1.25')
  })
})
