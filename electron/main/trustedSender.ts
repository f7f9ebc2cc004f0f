import { isAppUrl } from './appUrl'

/** An IPC message is ours only if it comes from the app's own top-level page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url)
}
