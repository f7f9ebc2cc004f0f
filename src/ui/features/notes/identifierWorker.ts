import { findIdentifiers } from '../../../core/deid'
import type { CheckReply, CheckRequest } from './identifierChecker'

// The checker (and its 500 KB of word lists) runs here, off the thread that draws the screen, so
// a keystroke in a long note never waits for a re-check. The worker's global scope is not typed
// by the DOM library this project compiles against, hence the narrow view of it.
const scope = self as unknown as { onmessage: ((event: MessageEvent<CheckRequest>) => void) | null; postMessage: (reply: CheckReply) => void }

scope.onmessage = (event) => {
  const { key, text, options } = event.data
  scope.postMessage({ key, findings: findIdentifiers(text, options) })
}
