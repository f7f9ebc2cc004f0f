/**
 * The channel names alone, with no schema library attached, so the preload (which runs in the
 * sandbox and should stay tiny) can allow-list them. contract.ts must define exactly these.
 */
export const CHANNELS = [
  'app/status',
  'groups/list',
  'groups/get',
  'groups/create',
  'groups/update',
  'members/add',
  'members/update',
  'members/remove',
  'sessions/plan-from-template',
  'sessions/get',
  'sessions/update-plan',
  'templates/default',
  'templates/list',
  'templates/save-from-plan',
  'live/get',
  'live/append',
  'live/heartbeat',
  'share/open',
  'settings/get',
  'settings/update'
] as const

export type Channel = (typeof CHANNELS)[number]

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
