import type { Handlers } from '../../src/core/api/contract'
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
}

/**
 * The handler table the Electron shell and the test host both serve: groups and members, session
 * plans and templates, the live log, notes, settings. Files on disk are the only state.
 */
export function createHearthService(options: HearthServiceOptions): HearthService {
  const context = createServiceContext(options)
  const groups = groupHandlers(context)
  let swept: Promise<unknown> | null = null
  const handlers: Handlers = {
    ...groups,
    ...sessionHandlers(context),
    ...liveHandlers(context),
    ...protocolHandlers(context),
    ...notesHandlers(context),
    ...certificateHandlers(context),
    ...sampleHandlers(context, () => handlers),
    ...summaryHandlers(context, () => handlers),
    // The window asks for the status when it opens: the moment to honour notes retention, once a
    // run. A failed sweep is a warning; it is tried again on the next start.
    'app/status': async (args) => {
      swept ??= sweepExpiredNotes(context).catch(() => options.onWarning?.('Could not delete notes past their retention period; Hearth will try again at the next start.'))
      await swept
      return groups['app/status'](args)
    }
  }
  return { handlers, dataDir: options.dataDir }
}
