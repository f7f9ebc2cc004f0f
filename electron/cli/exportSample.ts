import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { cpdLogFor, cpdLogFileName, writeCpdLog } from '../services/certificates/cpdLogExport'
import { passphraseKeyProvider } from '../services/crypto/passphraseKeyProvider'
import { createHearthService } from '../services/hearthService'
import { createSample } from '../services/sample/sampleSession'
import { createServiceContext } from '../services/serviceContext'
import { processLanguages } from '../services/systemLanguages'
import type { LocaleSetting } from '../../src/core/model/locale'
import { LocaleSettingSchema } from '../../src/core/model/localeSetting'

/**
 * `npm run export:sample -- OUTDIR [--locale fr-CA]`: builds the sample workspace in a temporary data folder,
 * runs its two sessions through the real services, and writes into OUTDIR the batch
 * certificates (one .docx, a page each), one single certificate, and a member's CPD log
 * (.docx and .csv), and summary.docx for the first session (notes, a case protocol, an overrun and
 * a rebalance, attendance, actions, the group's self-evaluation). The temporary folder is removed.
 * --locale sets the workspace's language setting (system, en-CA, en-GB, en-US, fr-CA); without it
 * the documents follow this computer's language (LANG, then the runtime's locale), as the app does.
 */
function parseArgs(args: readonly string[]): { outDir: string | undefined; locale: LocaleSetting | undefined } {
  let outDir: string | undefined
  let locale: LocaleSetting | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    const value = arg.startsWith('--locale=') ? arg.slice('--locale='.length) : arg === '--locale' ? args[++i] : null
    if (value === null) {
      outDir ??= arg
      continue
    }
    const parsed = LocaleSettingSchema.safeParse(value)
    if (!parsed.success) throw new Error(`--locale takes one of ${LocaleSettingSchema.options.join(', ')}; got "${value ?? ''}".`)
    locale = parsed.data
  }
  return { outDir, locale }
}

async function main(args: readonly string[]): Promise<void> {
  const { outDir, locale } = parseArgs(args)
  if (!outDir) throw new Error('Say where to write the documents: npm run export:sample -- OUTDIR [--locale fr-CA]')
  const out = resolve(outDir)
  await mkdir(out, { recursive: true })
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-sample-'))
  try {
    let answer: string | null = null
    // Notes are sealed as in the app; a throwaway passphrase opens them for this run only.
    const keys = passphraseKeyProvider({ dataDir })
    const systemLanguages = processLanguages(process.env, Intl.DateTimeFormat().resolvedOptions().locale)
    const options = { dataDir, now: () => new Date(), newId: randomUUID, keys, hooks: { chooseDestination: async () => answer }, systemLanguages }
    const { handlers } = createHearthService(options)
    await handlers['app/status']({})
    if (locale) await handlers['settings/update']({ settings: { ...(await handlers['settings/get']({})), locale } })
    await handlers['keys/unlock']({ passphrase: randomUUID() })
    // The sample is written in the language the documents will be in.
    const documentLocale = await createServiceContext(options).documentLocale()
    const sample = await createSample(handlers, options.now(), documentLocale)
    const sessionId = sample.sessionIds[1]
    const summary = await handlers['attendance/summary']({ sessionId })
    const eligible = summary.rows.filter((row) => row.eligible)
    const [single, ...rest] = eligible
    if (!single || rest.length === 0) throw new Error('The sample session should have several eligible attendees.')

    answer = out
    const one = await handlers['certificates/export']({ sessionId, personIds: [single.personId], layout: 'file-per-person' })
    answer = join(out, 'Certificates batch.docx')
    const batch = await handlers['certificates/export']({ sessionId, personIds: rest.map((r) => r.personId), layout: 'one-file' })

    const memberId = sample.memberIds['Amélie Tremblay'] ?? ''
    const today = options.now()
    const from = new Date(today.getFullYear(), today.getMonth() - 6, today.getDate())
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    // A context opened after the sample, so it reads the workspace the sample wrote.
    const context = createServiceContext(options)
    const log = await cpdLogFor(context, sample.groupId, memberId, { from: iso(from), to: iso(today) })
    const logFiles = await writeCpdLog(log, join(out, cpdLogFileName(log, documentLocale)), 'A4', documentLocale)

    answer = join(out, 'summary.docx')
    const summary1 = await handlers['summary/export']({ sessionId: sample.sessionIds[0] })

    const files = [one, batch, summary1].flatMap((r) => (r.cancelled ? [] : r.files)).concat(logFiles)
    console.log(`Sample: ${summary.rows.length} people, ${eligible.length} eligible for a certificate (${summary.sessionMinutes} credited minutes).`)
    for (const row of summary.rows) console.log(`  ${row.name.padEnd(20)} ${row.status.padEnd(10)} ${String(row.attendedMinutes).padStart(3)} min ${String(row.percent).padStart(3)} %  ${row.eligible ? `${row.hours} h` : row.reason}`)
    console.log(`Wrote ${files.length} files to ${out} in ${documentLocale}:`)
    for (const file of files) console.log(`  ${file}`)
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
