// One file an area, so the people translating (and the helpers writing them) never edit the same file.
import { common } from './common'
import { app } from './app'
import { live } from './live'
import { protocols } from './protocols'
import { notes } from './notes'
import { closing } from './closing'
import { attendance } from './attendance'
import { groups } from './groups'
import { members } from './members'
import { sessions } from './sessions'
import { settings } from './settings'
import { backups } from './backups'
import { documents } from './documents'
import { errors } from './errors'

export const en = { common, app, live, protocols, notes, closing, attendance, groups, members, sessions, settings, backups, documents, errors }
