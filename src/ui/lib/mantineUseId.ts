import { useId as useReactId } from 'react'

/**
 * Stands in for @mantine/hooks' useId in the built renderer (electron.vite.config.ts swaps it in).
 * Mantine's draws with React's id, then sets a random one from a layout effect: every component
 * that names its parts (the app shell, checkboxes, radios, inputs, tooltips, dialogs) renders a
 * second time, synchronously, as it mounts, and rewrites its ids in the DOM. On the live screen
 * that second render of the whole shell came between the first frame's commit and the first key
 * it could handle. React's ids are unique and stable in a window with one root and no server
 * rendering: the random one buys nothing here. The ids are those of Mantine's first render.
 */
export function useId(staticId?: string): string {
  const reactId = useReactId()
  return typeof staticId === 'string' ? staticId : `mantine-${reactId.replace(/:/g, '')}`
}
