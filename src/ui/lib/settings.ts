import type { Result } from '../../core/errors'
import type { Settings } from '../../core/storage/workspaceDocument'
import { call } from './api'

/**
 * Changes some settings and keeps the rest as they are on disk now, so a screen that loaded the
 * settings earlier (the live screen, the settings form) never puts back a stale value of another.
 */
export async function updateSettings(change: Partial<Settings>): Promise<Result<Settings>> {
  const current = await call('settings/get', {})
  if (!current.ok) return current
  return call('settings/update', { settings: { ...current.data, ...change } })
}
