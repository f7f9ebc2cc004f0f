import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe } from 'vitest'

/**
 * The documents must open in a real Word-compatible client, not just parse: LibreOffice converts
 * them to PDF and pdftotext reads them back. CI installs both (.ci/run); where they are missing
 * the tests are skipped, and say so loudly rather than passing quietly. Shared by every test file
 * that converts documents, so the skip is decided and announced the same way everywhere.
 */
const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 }).status === 0
export const officeAvailable = has('soffice', ['--version']) && has('pdftotext', ['-v'])
if (!officeAvailable) console.warn('\n*** LibreOffice (soffice) or pdftotext is missing: the .docx → PDF checks are SKIPPED. Install libreoffice-writer-nogui and poppler-utils (bash .ci/run does). ***\n')
export const whenOffice = officeAvailable ? describe : describe.skip
export const officeTitle = (name: string) => (officeAvailable ? name : `${name} [SKIPPED: soffice or pdftotext not installed]`)

/** Converts `dir/<name>.docx` to `dir/<name>.pdf` for each name, in one LibreOffice run. */
export function convertToPdf(dir: string, names: readonly string[]): void {
  // Its own profile folder, so a LibreOffice the user has open (or another test) is not disturbed.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))],
    { stdio: 'ignore', timeout: 170_000 }
  )
}

/** The PDF's text in reading order (not -layout, which keeps a wrapped table cell together), whitespace collapsed. */
export const pdfText = (dir: string, name: string) => execFileSync('pdftotext', [join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

export const pdfInfo = (dir: string, name: string) => execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' })

export const pdfPages = (dir: string, name: string) => Number(/Pages:\s+(\d+)/.exec(pdfInfo(dir, name))?.[1])
