import type { Handlers } from '../../src/core/api/contract'
import { groupHandlers } from './groupHandlers'
import { liveHandlers } from './liveHandlers'
import { protocolHandlers } from './protocolHandlers'
import { createServiceContext, type HearthServiceOptions } from './serviceContext'
import { sessionHandlers } from './sessionHandlers'

export type { HearthServiceOptions, ServiceHooks } from './serviceContext'

export interface HearthService {
  handlers: Handlers
  dataDir: string
}

/**
 * The handler table the Electron shell and the test host both serve: groups and members, session
 * plans and templates, the live log, settings. Files on disk are the only state.
 */
export function createHearthService(options: HearthServiceOptions): HearthService {
  const context = createServiceContext(options)
  const handlers: Handlers = {
    ...groupHandlers(context),
    ...sessionHandlers(context),
    ...liveHandlers(context),
    ...protocolHandlers(context)
  }
  return { handlers, dataDir: options.dataDir }
}
