import type { Channel } from './channels'
import type { Args, Reply } from './contract'
import type { Result } from '../errors'
import type { LiveCommand } from '../storage/workspaceDocument'

/** What `window.hearth` offers, whether the preload (Electron) or the test host provides it. */
export interface HearthBridge {
  invoke<C extends Channel>(channel: C, args: Args<C>): Promise<Result<Reply<C>>>
  /** Commands from the shell's global shortcuts (they work while the video call has focus). */
  onCommand(listener: (command: LiveCommand) => void): () => void
}
