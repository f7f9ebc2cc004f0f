import { ipcMain } from 'electron'
import { CHANNELS } from '../../src/core/api/channels'
import type { Handlers } from '../../src/core/api/contract'
import { dispatch } from '../../src/core/api/dispatch'
import { fail, type ErrorWords } from '../../src/core/errors'
import { isTrustedSender } from './trustedSender'

/** Registers every contract channel; the sender is checked before the payload is even parsed. */
export function registerIpc(handlers: Handlers, report: (error: unknown) => void, words: () => Promise<ErrorWords>): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return fail('untrusted-sender', (await words()).request.untrustedSender)
      return dispatch(handlers, channel, payload, report, words)
    })
  }
}
