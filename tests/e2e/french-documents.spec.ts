import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSample } from '../../electron/services/sample/sampleSession'
import { readDocx } from '../services/exports/readDocx'
import { expect, test } from './fixtures'

// A French-speaking computer: the browser says fr-CA, and the host (the app's main process) hears the same.
test.use({ locale: 'fr-CA' })

test('on a French computer, with the language left on "Same as this computer", the window’s exports are written in French', async ({ page, host }) => {
  const h = host.service.handlers
  const sample = await createSample(h, new Date(), 'fr-CA')
  expect((await h['settings/get']({})).locale).toBe('system')
  const outDir = await mkdtemp(join(tmpdir(), 'hearth-fr-docs-'))
  const asked: string[] = []
  host.answerDialogs((request) => (asked.push(request.title), request.kind === 'folder' ? outDir : join(outDir, request.suggestedName)))

  await page.goto(host.url)
  // The same request the certificate dialog sends, through the window's own bridge.
  const personId = sample.memberIds['Amélie Tremblay']!
  const reply = await page.evaluate(
    async ([sessionId, id]) => (window as unknown as { hearth: { invoke: (c: string, a: unknown) => Promise<unknown> } }).hearth.invoke('certificates/export', { sessionId, personIds: [id], layout: 'file-per-person' }),
    [sample.sessionIds[1], personId] as const
  )
  expect(JSON.stringify(reply)).toContain('Attestation ')
  expect(asked).toEqual(['Choisir un dossier pour les attestations'])
  const [file] = await readdir(outDir)
  expect(file).toMatch(/^Attestation \d{4}-\d{2}-\d{2} Amélie Tremblay\.docx$/)
  const doc = readDocx(await readFile(join(outDir, file!)))
  expect(doc.text).toContain('Attestation de participation')
  expect(doc.text).toContain('En direct, en ligne')
  expect(doc.text).toMatch(/\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/)
  expect(doc.text).toContain('1,25\u00a0heure')
  await rm(outDir, { recursive: true, force: true })
})
