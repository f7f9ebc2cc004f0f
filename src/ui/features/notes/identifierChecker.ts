import { startTransition, useEffect, useState } from 'react'
import type { Finding } from '../../../core/deid'
import { shiftFindings } from '../../../core/notes/flagShift'

export interface CheckRequest {
  text: string
}
export interface CheckReply {
  text: string
  findings: Finding[]
}

/**
 * The identifier checker, run in the background. A screen asks for the findings in a text; it gets
 * them at once if that text was checked before, and otherwise the findings of the last text checked
 * for the same field, carried across the edit, while the new text waits its turn. Only the newest
 * text of each field is checked: what was typed in between is never worth checking.
 */
const CACHE_SIZE = 400
const cache = new Map<string, Finding[]>()
/** Per field: the newest text wanted, in the order fields last asked (the newest is checked first). */
const wanted = new Map<string, string>()
/** Per field: the last text checked, to carry its findings while the next check runs. */
const lastChecked = new Map<string, string>()
const listeners = new Set<() => void>()
let version = 0
let busy = false
let run: ((text: string) => Promise<Finding[]>) | null = null

function remember(text: string, findings: Finding[]): void {
  cache.delete(text)
  cache.set(text, findings)
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
function runner(): (text: string) => Promise<Finding[]> {
  const onThisThread = async (text: string) => {
    const { findIdentifiers } = await import('../../../core/deid')
    await new Promise((resolve) => setTimeout(resolve, 0))
    return findIdentifiers(text)
  }
  let worker: Worker
  try {
    worker = new Worker(new URL('./identifierWorker.ts', import.meta.url), { type: 'module' })
  } catch {
    return onThisThread
  }
  let waiting: { text: string; resolve: (findings: Finding[]) => void; reject: (error: unknown) => void } | null = null
  let failed = false
  worker.onmessage = (event: MessageEvent<CheckReply>) => {
    if (waiting && event.data.text === waiting.text) waiting.resolve(event.data.findings)
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
  return (text) => {
    if (failed) return onThisThread(text)
    return new Promise<Finding[]>((resolve, reject) => {
      waiting = { text, resolve, reject }
      worker.postMessage({ text } satisfies CheckRequest)
    }).catch(() => onThisThread(text))
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
      const [field, text] = next
      wanted.delete(field)
      if (!cache.has(text)) remember(text, await run(text))
      // The field may have asked for a newer text meanwhile; this one is still the best known.
      lastChecked.set(field, text)
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
export function findingsFor(field: string, text: string): { findings: Finding[]; exact: boolean } {
  const known = cache.get(text)
  if (known) return { findings: known, exact: true }
  wanted.delete(field)
  wanted.set(field, text)
  queueMicrotask(() => void pump())
  const previous = lastChecked.get(field)
  const previousFindings = previous === undefined ? undefined : cache.get(previous)
  return { findings: previous !== undefined && previousFindings ? shiftFindings(previous, text, previousFindings) : [], exact: false }
}

/** Resolves once every text given has been checked, checking any that were not. */
export function whenChecked(texts: readonly { field: string; text: string }[]): Promise<void> {
  return new Promise((resolve) => {
    const done = () => texts.every(({ text }) => cache.has(text))
    if (done()) return resolve()
    const listener = () => {
      if (!done()) return
      listeners.delete(listener)
      resolve()
    }
    listeners.add(listener)
    for (const { field, text } of texts) findingsFor(field, text)
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
