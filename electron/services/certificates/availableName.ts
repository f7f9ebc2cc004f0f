import { access } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'

/** `path`, or "name (2).docx", "name (3).docx"… when a file of that name is already there. */
export async function availableName(path: string): Promise<string> {
  const extension = extname(path)
  const stem = basename(path, extension)
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? path : join(dirname(path), `${stem} (${n})${extension}`)
    const taken = await access(candidate).then(
      () => true,
      () => false
    )
    if (!taken) return candidate
  }
  throw new Error('Too many files with that name in the folder.')
}
