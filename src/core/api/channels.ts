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
  'settings/update',
  'protocols/list',
  'protocols/save',
  'talk/cycle',
  'keys/status',
  'keys/unlock',
  'notes/get',
  'notes/exists',
  'notes/save',
  'notes/safe-list-add',
  'cpd/update-rule',
  'cpd/set-image',
  'attendance/summary',
  'certificates/export',
  'certificates/find',
  'cpd/export-log',
  'app/load-sample',
  'closing/get',
  'closing/save',
  'summary/preview',
  'summary/export',
  'sessions/plan-next',
  'groups/cycle',
  'groups/open-actions',
  'backups/list',
  'backups/create',
  'backups/restore'
] as const

export type Channel = (typeof CHANNELS)[number]

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)

/** The one message the shell pushes to the page: a global shortcut was pressed. */
export const SHORTCUT_CHANNEL = 'shortcut'

/** What a keyboard shortcut (in the page or global, from the shell) can ask of the live screen. */
export const LIVE_COMMANDS = ['toggle', 'next', 'previous', 'plus-minute', 'minus-minute', 'mute'] as const
export type LiveCommand = (typeof LIVE_COMMANDS)[number]

export const isLiveCommand = (value: unknown): value is LiveCommand =>
  typeof value === 'string' && (LIVE_COMMANDS as readonly string[]).includes(value)
