import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { WorkspaceNotice } from '../../src/core/api/contract'
import { HearthError, type ErrorWords } from '../../src/core/errors'
import { messagesFor } from '../../src/core/i18n/messages'
import type { Group } from '../../src/core/model/group'
import type { Id, NewId } from '../../src/core/model/ids'
import { resolveLocale, type AppLocale } from '../../src/core/model/locale'
import { SESSION_KIND, type SessionFile } from '../../src/core/storage/sessionDocument'
import { WORKSPACE_KIND, emptyWorkspace, type Settings, type Workspace } from '../../src/core/storage/workspaceDocument'
import type { KeyProvider } from './crypto/keyProvider'
import { DocumentStore, type OpenStatus, type StoreIo } from './storage/documentStore'

/** What only the host process can do (the Electron shell); the test host leaves them out. */
export interface ServiceHooks {
  /** A session started or ended: keep the display awake while one is live. */
  onLiveStatus?: (sessionId: Id, status: 'live' | 'ended') => void
  onSettings?: (settings: Settings) => void
  openShareWindow?: (sessionId: Id, alwaysOnTop: boolean) => Promise<void>
  /**
   * Asks the person where an export goes: a save dialog for one file, a folder picker for many.
   * Null when they cancel. The test host answers it for the tests.
   */
  chooseDestination?: (request: DestinationRequest) => Promise<string | null>
}

export type DestinationRequest =
  | { kind: 'file'; title: string; suggestedName: string; extension: 'docx' }
  | { kind: 'folder'; title: string }

export interface HearthServiceOptions extends StoreIo {
  dataDir: string
  newId: NewId
  /** Gives the key that seals confidential notes; without one, notes cannot be opened. */
  keys?: KeyProvider
  hooks?: ServiceHooks
  /**
   * The computer's preferred languages, most preferred first (BCP 47 tags: "fr-CA", "en-GB"),
   * for the documents to follow when the settings say 'system'. The shell asks the OS; without
   * them 'system' means en-US, as resolveLocale says.
   */
  systemLanguages?: readonly string[]
}

export const notFound = (what: keyof ErrorWords['notFound']) => new HearthError('not-found', (w) => w.notFound[what])

/** What the banner says about a file opened in an unusual state, in the app's language. */
export function noticeFor(opened: OpenStatus, label: string, words: ErrorWords): WorkspaceNotice | null {
  switch (opened.status) {
    case 'quarantined':
      return { kind: 'quarantined', message: words.notices.quarantined(opened.reason(words), opened.keptAs, label) }
    case 'migrated':
      return { kind: 'migrated', message: words.notices.migrated(label, opened.from, opened.backup) }
    case 'future':
      return { kind: 'read-only', message: opened.message(words) }
    default:
      return null
  }
}

export function requireGroup(ws: Workspace, groupId: Id): Group {
  const group = ws.groups.find((g) => g.id === groupId)
  if (!group) throw notFound('group')
  return group
}

export type ServiceContext = ReturnType<typeof createServiceContext>

/**
 * The open files behind the handlers: the workspace (small, always loaded) and the session
 * files, opened on first use and kept open so each update is one durable write.
 */
export function createServiceContext(options: HearthServiceOptions) {
  const sessionsDir = join(options.dataDir, 'sessions')
  let workspacePromise: Promise<DocumentStore<Workspace>> | null = null
  const sessionStores = new Map<Id, Promise<DocumentStore<SessionFile>>>()
  const sessionPath = (sessionId: Id) => join(sessionsDir, `${sessionId}.json`)

  // Closed while a restore replaces the files; requests meanwhile wait and then open the new ones.
  let gate: Promise<void> = Promise.resolve()

  const workspace = (): Promise<DocumentStore<Workspace>> => {
    workspacePromise ??= (async () => {
      await gate
      await mkdir(sessionsDir, { recursive: true })
      return DocumentStore.open(join(options.dataDir, 'workspace.json'), WORKSPACE_KIND, options, emptyWorkspace)
    })()
    // A failed open (e.g. a permissions error) is retried on the next request, not cached.
    workspacePromise.catch(() => {
      workspacePromise = null
    })
    return workspacePromise
  }

  /** A session listed in the workspace, read from its own file. */
  const session = async (sessionId: Id): Promise<DocumentStore<SessionFile>> => {
    const ws = await workspace()
    if (!ws.data.sessions.some((s) => s.id === sessionId)) throw notFound('session')
    let store = sessionStores.get(sessionId)
    if (!store) {
      store = gate.then(() => DocumentStore.open(sessionPath(sessionId), SESSION_KIND, options, null))
      sessionStores.set(sessionId, store)
      store.catch(() => sessionStores.delete(sessionId))
    }
    return store
  }

  /** Writes a new session's file; only then may the workspace index point at it. */
  const createSession = async (file: SessionFile): Promise<void> => {
    await gate
    const store = await DocumentStore.open(sessionPath(file.plan.id), SESSION_KIND, options, () => file)
    await store.update(() => undefined)
    sessionStores.set(file.plan.id, Promise.resolve(store))
  }

  const writableWorkspace = async (): Promise<DocumentStore<Workspace>> => {
    const ws = await workspace()
    const opened = ws.opened
    if (ws.readOnly) throw new HearthError('read-only', opened.status === 'future' ? opened.message : (w) => w.storage.readOnly('workspace'))
    return ws
  }

  /**
   * Runs `work` (a restore) with every open file closed: saves already queued finish first, later
   * requests wait, and afterwards each file is read again from disk, so the app shows what `work` put there.
   */
  const withStoresClosed = async <R>(work: () => Promise<R>): Promise<R> => {
    let release = () => {}
    const previous = gate
    gate = new Promise<void>((resolve) => {
      release = resolve
    })
    // Taken before waiting: a store opened from now on waits for this gate and must not be awaited here.
    const open = [workspacePromise, ...sessionStores.values()]
    workspacePromise = null
    sessionStores.clear()
    await previous
    try {
      await Promise.all(open.map((store) => store?.then((s) => s.close(), () => undefined)))
      return await work()
    } finally {
      release()
    }
  }

  /** The language and region documents are written in now: the setting, or the computer's when it says 'system'. */
  const documentLocale = async (): Promise<AppLocale> => resolveLocale((await workspace()).data.settings.locale, options.systemLanguages ?? [])

  /**
   * The words for errors, in the language the app shows now. A workspace that cannot be opened
   * (the very error being reported, perhaps) leaves the computer's language to decide.
   */
  const errorWords = async (): Promise<ErrorWords> =>
    messagesFor(await documentLocale().catch(() => resolveLocale('system', options.systemLanguages ?? []))).errors

  return { options, workspace, writableWorkspace, session, createSession, withStoresClosed, documentLocale, errorWords }
}
