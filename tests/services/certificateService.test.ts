import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHearthService } from '../../electron/services/hearthService'
import { createSample } from '../../electron/services/sample/sampleSession'
import { verificationCode, verifyCertificate } from '../../src/core/attendance/certificateCode'
import { dispatch } from '../../src/core/api/dispatch'
import { readDocx } from './exports/readDocx'

let dataDir: string
let outDir: string
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`
const TODAY = new Date('2026-12-20T10:00:00')

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-cert-'))
  outDir = await mkdtemp(join(tmpdir(), 'hearth-cert-out-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
  await rm(outDir, { recursive: true, force: true })
})

async function sample(answer: () => string | null = () => outDir) {
  const { handlers } = createHearthService({ dataDir, now: () => TODAY, newId, hooks: { chooseDestination: async () => answer() } })
  return { handlers, ...(await createSample(handlers, TODAY, 'en-US')) }
}

describe('attendance and certificates through the services', () => {
  it('derives minutes from join and leave marks, excludes the break, and applies the 85 % rule', async () => {
    const { handlers, sessionIds } = await sample()
    const summary = await handlers['attendance/summary']({ sessionId: sessionIds[1] })
    expect(summary).toMatchObject({ ended: true, sessionMinutes: 85, breakMinutes: 5, minAttendancePercent: 85, ruleProblem: null })
    const row = (name: string) => summary.rows.find((r) => r.name === name)!
    expect(row('Amélie Tremblay')).toMatchObject({ status: 'present', attendedMinutes: 85, percent: 100, hours: '1.25', eligible: true })
    // 12 minutes late: 73 of 85 minutes, 85 %, rounded down to the hour completed.
    expect(row('Priya Nair')).toMatchObject({ attendedMinutes: 73, percent: 85, hours: '1', eligible: true, late: true })
    // Left after an hour: the break (minutes 60–65 of the plan) is not counted either way.
    expect(row('Owen Hughes')).toMatchObject({ attendedMinutes: 60, eligible: false, leftEarly: true })
    expect(row('Jonah Whitford')).toMatchObject({ status: 'apologies', eligible: false })
    expect(row('Sofia Marchetti')).toMatchObject({ role: 'guest', eligible: true })
  })

  it('exports one file per person into a folder, records each in the register, and re-issues as Duplicate with the same ID', async () => {
    const { handlers, sessionIds, memberIds } = await sample()
    const sessionId = sessionIds[1]
    const amelie = memberIds['Amélie Tremblay']!
    const priya = memberIds['Priya Nair']!
    const first = await handlers['certificates/export']({ sessionId, personIds: [amelie, priya], layout: 'file-per-person' })
    expect(first).toMatchObject({ cancelled: false, duplicates: 0 })
    expect((await readdir(outDir)).sort()).toEqual(['Certificate 2026-11-20 Amélie Tremblay.docx', 'Certificate 2026-11-20 Priya Nair.docx'])

    const doc = readDocx(await readFile(join(outDir, 'Certificate 2026-11-20 Amélie Tremblay.docx')))
    for (const expected of ['Certificate of Attendance', 'Amélie Tremblay', '014-55291', 'Session 2: Return to play after injury', 'Consultancy protocol', '1.25', 'ICF Core Competencies', 'Northern Lights Performance Collective', 'Dr. Maya Fortier', 'Live, online', 'attended 85 of 85 minutes'])
      expect(doc.text).toContain(expected)
    expect(doc.text).not.toMatch(/Duplicate|accredit/i)

    const summary = await handlers['attendance/summary']({ sessionId })
    const issued = summary.rows.find((r) => r.personId === amelie)!.issued!
    expect(doc.text).toContain(issued.id)
    expect(doc.text).toContain(issued.code)
    const record = (await handlers['certificates/find']({ certificateId: issued.id.toLowerCase() }))!
    expect(record.fields.participantName).toBe('Amélie Tremblay')
    expect(verificationCode(record.fields)).toBe(issued.code)
    expect(verifyCertificate({ ...record.fields, cpdHours: '1.5' }, issued.code)).toBe(false)

    // Again: same ID, "Duplicate", and the first file is not overwritten.
    const again = await handlers['certificates/export']({ sessionId, personIds: [amelie], layout: 'file-per-person' })
    expect(again).toMatchObject({ cancelled: false, duplicates: 1, files: [join(outDir, 'Certificate 2026-11-20 Amélie Tremblay (2).docx')] })
    const duplicate = readDocx(await readFile(join(outDir, 'Certificate 2026-11-20 Amélie Tremblay (2).docx')))
    expect(duplicate.text).toMatch(/DUPLICATE/)
    expect(duplicate.text).toContain(issued.id)
    const workspace = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'))
    expect(workspace.certificates).toHaveLength(2)
  })

  it('one file with a page per person; refuses people below the rule; a cancelled dialog issues nothing', async () => {
    let answer: string | null = null
    const { handlers, sessionIds, memberIds } = await sample(() => answer)
    const sessionId = sessionIds[1]
    expect(await handlers['certificates/export']({ sessionId, personIds: [memberIds['Amélie Tremblay']!], layout: 'one-file' })).toEqual({ cancelled: true })
    expect(JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8')).certificates).toEqual([])

    answer = join(outDir, 'all.docx')
    const refused = await dispatch(handlers, 'certificates/export', { sessionId, personIds: [memberIds['Owen Hughes']!], layout: 'one-file' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('Owen Hughes is not eligible') } })

    const everyone = ['Dr. Maya Fortier', 'Amélie Tremblay', 'Priya Nair', 'Sofia Marchetti'].map((n) => memberIds[n]!)
    await handlers['certificates/export']({ sessionId, personIds: everyone, layout: 'one-file' })
    const doc = readDocx(await readFile(join(outDir, 'all.docx')))
    expect(doc.xml.match(/<w:sectPr/g)?.length).toBe(4)
    for (const name of ['Dr. Maya Fortier', 'Amélie Tremblay', 'Priya Nair', 'Sofia Marchetti']) expect(doc.text).toContain(name)
  })

  it('will not issue before the CPD settings name a provider and a facilitator', async () => {
    const { handlers } = createHearthService({ dataDir, now: () => TODAY, newId, hooks: { chooseDestination: async () => outDir } })
    const { groupId, sessionIds, memberIds } = await createSample(handlers, TODAY, 'en-US')
    const { group } = await handlers['groups/get']({ groupId })
    const { signature: _s, logo: _l, ...rule } = group.cpd
    await handlers['cpd/update-rule']({ groupId, rule: { ...rule, provider: { name: '', contact: '' } } })
    expect((await handlers['attendance/summary']({ sessionId: sessionIds[1] })).ruleProblem).toMatch(/provider/)
    const result = await dispatch(handlers, 'certificates/export', { sessionId: sessionIds[1], personIds: [memberIds['Amélie Tremblay']!], layout: 'file-per-person' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/provider/) } })
  })

  it('a member’s CPD log across the cycle lists both sessions, with hours, credit type and reflection prompt, as .docx and .csv', async () => {
    const { handlers, groupId, memberIds } = await sample(() => join(outDir, 'log.docx'))
    const result = await handlers['cpd/export-log']({ groupId, memberId: memberIds['Amélie Tremblay']!, from: '2026-06-20', to: '2026-12-20' })
    expect(result).toMatchObject({ cancelled: false, files: [join(outDir, 'log.docx'), join(outDir, 'log.csv')] })
    const csv = await readFile(join(outDir, 'log.csv'), 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toContain('2026-10-20')
    expect(csv).toContain('2026-11-20')
    expect(csv).toContain('ICF Core Competencies')
    expect(csv).toContain('What did you try this month')
    const doc = readDocx(await readFile(join(outDir, 'log.docx')))
    expect(doc.text).toContain('Amélie Tremblay')
    expect(doc.text).toContain('2.5')
  })

  it('stores a signature image with its pixel size and prints it; refuses a file that is not an image', async () => {
    const { handlers, groupId, sessionIds, memberIds } = await sample()
    const png = await readFile(join(import.meta.dirname, '../../resources/icon.png')).catch(() => null)
    const bytes = png ?? Buffer.from('89504e470d0a1a0a0000000d4948445200000002000000020806000000f278d4fa0000000d49444154789c63f8cfc0f01f0005000201a5a1b3e10000000049454e44ae426082', 'hex')
    const group = await handlers['cpd/set-image']({ groupId, which: 'signature', dataBase64: bytes.toString('base64') })
    expect(group.cpd.signature).toMatchObject({ type: 'png' })
    expect(await dispatch(handlers, 'cpd/set-image', { groupId, which: 'logo', dataBase64: Buffer.from('not an image').toString('base64') })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('PNG or JPEG') }
    })
    await handlers['certificates/export']({ sessionId: sessionIds[1], personIds: [memberIds['Priya Nair']!], layout: 'file-per-person' })
    const doc = readDocx(await readFile(join(outDir, 'Certificate 2026-11-20 Priya Nair.docx')))
    expect([...doc.files.keys()].some((name) => name.startsWith('word/media/'))).toBe(true)
  })
})

describe('npm run export:sample', () => {
  it('writes the batch, a single certificate and a CPD log (.docx and .csv) into the folder given', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'electron/cli/exportSample.ts', outDir], { cwd: join(import.meta.dirname, '../..'), timeout: 120_000 })
    const files = (await readdir(outDir)).sort()
    expect(files.filter((f) => f.startsWith('Certificate ') && f.endsWith('.docx'))).toHaveLength(1)
    expect(files).toContain('Certificates batch.docx')
    expect(files.filter((f) => f.startsWith('CPD log ')).map((f) => f.slice(-4))).toEqual(['.csv', 'docx'])
    const batch = readDocx(await readFile(join(outDir, 'Certificates batch.docx')))
    expect(batch.xml.match(/<w:sectPr/g)?.length).toBe(3)
    expect(stdout).toContain('Owen Hughes')
  }, 150_000)
})
