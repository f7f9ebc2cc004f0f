import { startTransition, useEffect, useState } from 'react'
import type { CheckOptions, Finding } from '../../../core/deid'
import { shiftFindings } from '../../../core/notes/flagShift'

export interface CheckRequest {
  key: string
  text: string
  options?: CheckOptions
}
export interface CheckReply {
  key: string
  findings: Finding[]
}

/** What is checked: a text, and the language to read it in where it cannot tell (a theme tag). */
interface Check {
  text: string
  options?: CheckOptions
}
// The same text read in another language is another check: its findings are kept apart.
const keyOf = ({ text, options }: Check): string => (options?.language ? `${options.language}\u0000${text}` : text)

/**
 * The identifier checker, run in the background. A screen asks for the findings in a text; it gets
 * them at once if that text was checked before, and otherwise the findings of the last text checked
 * for the same field, carried across the edit, while the new text waits its turn. Only the newest
 * text of each field is checked: what was typed in between is never worth checking.
 */
const CACHE_SIZE = 400
const cache = new Map<string, Finding[]>()
/** Per field: the newest check wanted, in the order fields last asked (the newest is checked first). */
const wanted = new Map<string, Check>()
/** Per field: the last check done, to carry its findings while the next check runs. */
const lastChecked = new Map<string, Check>()
const listeners = new Set<() => void>()
let version = 0
let busy = false
let run: ((check: Check) => Promise<Finding[]>) | null = null

function remember(key: string, findings: Finding[]): void {
  cache.delete(key)
  cache.set(key, findings)
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next()
    if (!oldest.done) cache.delete(oldest.value)
  }
}

function publish(): void {
  version++
  for (const listener of listeners) listener()
}

/** In a worker where the platform allows one; else on this thread, a field at a time, between frames. */
function runner(): (check: Check) => Promise<Finding[]> {
  const onThisThread = async ({ text, options }: Check) => {
    const { findIdentifiers } = await import('../../../core/deid')
    await new Promise((resolve) => setTimeout(resolve, 0))
    return findIdentifiers(text, options)
  }
  let worker: Worker
  try {
    worker = new Worker(new URL('./identifierWorker.ts', import.meta.url), { type: 'module' })
  } catch {
    return onThisThread
  }
  let waiting: { key: string; resolve: (findings: Finding[]) => void; reject: (error: unknown) => void } | null = null
  let failed = false
  worker.onmessage = (event: MessageEvent<CheckReply>) => {
    if (waiting && event.data.key === waiting.key) waiting.resolve(event.data.findings)
    waiting = null
  }
  worker.onerror = (event) => {
    // A worker that cannot start (a platform that refuses it) hands over to this thread for good.
    event.preventDefault()
    failed = true
    worker.terminate()
    waiting?.reject(new Error('identifier worker failed'))
    waiting = null
  }
  return (check) => {
    if (failed) return onThisThread(check)
    return new Promise<Finding[]>((resolve, reject) => {
      const key = keyOf(check)
      waiting = { key, resolve, reject }
      worker.postMessage({ key, ...check } satisfies CheckRequest)
    }).catch(() => onThisThread(check))
  }
}

async function pump(): Promise<void> {
  if (busy) return
  busy = true
  try {
    run ??= runner()
    for (;;) {
      const next = [...wanted].at(-1)
      if (!next) break
      const [field, check] = next
      wanted.delete(field)
      const key = keyOf(check)
      if (!cache.has(key)) remember(key, await run(check))
      // The field may have asked for a newer text meanwhile; this one is still the best known.
      lastChecked.set(field, check)
      publish()
    }
  } finally {
    busy = false
  }
}

/**
 * The findings in `text` (as the checker reads it), or the best stand-in while it is checked: the
 * last checked text of `field` with its findings moved across the edit. `exact` says which.
 */
export function findingsFor(field: string, text: string, options?: CheckOptions): { findings: Finding[]; exact: boolean } {
  const check: Check = options ? { text, options } : { text }
  const known = cache.get(keyOf(check))
  if (known) return { findings: known, exact: true }
  wanted.delete(field)
  wanted.set(field, check)
  queueMicrotask(() => void pump())
  const previous = lastChecked.get(field)
  const previousFindings = previous === undefined ? undefined : cache.get(keyOf(previous))
  return { findings: previous !== undefined && previousFindings ? shiftFindings(previous.text, text, previousFindings) : [], exact: false }
}

/** Resolves once every text given has been checked, checking any that were not. */
export function whenChecked(texts: readonly { field: string; text: string; options?: CheckOptions | undefined }[]): Promise<void> {
  return new Promise((resolve) => {
    const done = () => texts.every(({ text, options }) => cache.has(keyOf(options ? { text, options } : { text })))
    if (done()) return resolve()
    const listener = () => {
      if (!done()) return
      listeners.delete(listener)
      resolve()
    }
    listeners.add(listener)
    for (const { field, text, options } of texts) findingsFor(field, text, options)
  })
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/**
 * Re-renders the caller whenever a check finishes, as a transition: new underlines can wait for
 * the key being typed (useSyncExternalStore would redraw the notes at once, in its way).
 */
export function useCheckerVersion(): number {
  const [seen, setSeen] = useState(version)
  useEffect(() => {
    const update = () => startTransition(() => setSeen(version))
    update()
    return subscribe(update)
  }, [])
  return seen
}
