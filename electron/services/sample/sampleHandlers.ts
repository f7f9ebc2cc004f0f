import type { Handlers } from '../../../src/core/api/contract'
import type { ServiceContext } from '../serviceContext'
import { createSample } from './sampleSession'

/** "Try it with a sample": the same sample `npm run export:sample` writes documents from. */
export function sampleHandlers(context: ServiceContext, all: () => Handlers): Pick<Handlers, 'app/load-sample'> {
  return {
    'app/load-sample': async () => {
      const sample = await createSample(all(), context.options.now(), await context.documentLocale())
      return { groupId: sample.groupId, sessionId: sample.sessionIds[1] }
    }
  }
}
