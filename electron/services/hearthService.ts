import type { Handlers } from '../../src/core/api/contract'
import type { ErrorWords } from '../../src/core/errors'
import { nodeBackupFs, type BackupFs } from './backup/backupFs'
import { backupHandlers, offerRestore } from './backup/backupHandlers'
import { createBackupService, type BackupService } from './backup/backupService'
import { liveBackupScheduler, type Ticker } from './backup/liveBackups'
import { certificateHandlers } from './certificates/certificateHandlers'
import { groupHandlers } from './groupHandlers'
import { liveHandlers } from './liveHandlers'
import { notesHandlers, sweepExpiredNotes } from './notesHandlers'
import { protocolHandlers } from './protocolHandlers'
import { createServiceContext, type HearthServiceOptions } from './serviceContext'
import { sampleHandlers } from './sample/sampleHandlers'
import { sessionHandlers } from './sessionHandlers'
import { summaryHandlers } from './summary/summaryHandlers'

export type { HearthServiceOptions, ServiceHooks } from './serviceContext'

export interface HearthService {
  handlers: Handlers
  dataDir: string
  backups: BackupService
  /** The words errors are written in now (the app's language); the transports pass it to dispatch. */
  errorWords: () => Promise<ErrorWords>
  /**
   * Before the data folder is let go (the app quits, a test removes it): stops the live backup
   * schedule and resolves once every backup under way is on disk, so none is cut off half-written.
   */
  close: () => Promise<void>
}

/** Tests drive the five-minute live backups with their own ticker and can inject a failing disk. */
export interface BackupOptions {
  ticker?: Ticker
  fs?: BackupFs
  /** The calendar day of a time, for the one-a-day backups; the machine's local day by default. */
  dayOf?: (at: number) => string
}

/**
 * The handler table the Electron shell and the test host both serve: groups and members, session
 * plans and templates, the live log, notes, settings. Files on disk are the only state.
 */
export function createHearthService(options: HearthServiceOptions & { backup?: BackupOptions }): HearthService {
  const backupFs = options.backup?.fs ?? nodeBackupFs
  const backups = createBackupService({ dataDir: options.dataDir, now: options.now, fs: backupFs, platform: options.platform, dayOf: options.backup?.dayOf, onWarning: options.onWarning })
  const liveBackups = liveBackupScheduler(backups.create, { ticker: options.backup?.ticker, onWarning: options.onWarning })
  // The live handlers report live/ended to the shell; the backup schedule listens in on the way.
  const hooks = {
    ...options.hooks,
    onLiveStatus: (sessionId: string, status: 'live' | 'ended') => {
      liveBackups.onLiveStatus(sessionId, status)
      options.hooks?.onLiveStatus?.(sessionId, status)
    }
  }
  const context = createServiceContext({ ...options, hooks })
  const groups = groupHandlers(context)
  const live = liveHandlers(context)
  let swept: Promise<unknown> | null = null
  const handlers: Handlers = {
    ...groups,
    ...sessionHandlers(context),
    ...live,
    // The reply to "ended" waits for the end-of-session backup: once the facilitator sees the
    // session closed, its backup is on disk (a failed backup is reported, never an error here).
    'live/append': async (args) => {
      const reply = await live['live/append'](args)
      if (args.event.type === 'ended') await liveBackups.idle()
      return reply
    },
    ...protocolHandlers(context),
    ...notesHandlers(context),
    ...certificateHandlers(context),
    ...sampleHandlers(context, () => handlers),
    ...summaryHandlers(context, () => handlers),
    ...backupHandlers(context, backups),
    // The window asks for the status when it opens: the moment to honour notes retention, once a
    // run. A failed sweep is a warning; it is tried again on the next start.
    'app/status': async (args) => {
      swept ??= sweepExpiredNotes(context).catch(() => options.onWarning?.('Could not delete notes past their retention period; Hearth will try again at the next start.'))
      await swept
      return offerRestore(await groups['app/status'](args), options.dataDir, backupFs, backups)
    }
  }
  const close = async () => {
    await liveBackups.stop()
    await backups.idle()
  }
  return { handlers, dataDir: options.dataDir, backups, errorWords: context.errorWords, close }
}
