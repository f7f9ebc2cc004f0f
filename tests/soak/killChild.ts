import { randomUUID } from 'node:crypto'
import { writeSync } from 'node:fs'
import { createHearthService } from '../../electron/services/hearthService'
import { dispatch } from '../../src/core/api/dispatch'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { editAt, isWorkspaceEdit } from './killEdits'

// The process the kill soak kills: a facilitator's edits, numbered, saved one after another
// through the same handler table and payload validation the app uses. `ack N` is written
// only once the handler has replied, i.e. once the service says edit N is on disk.
// Usage: killChild <dataDir> <groupId> <sessionId> <firstEdit>

const [dataDir, groupId, sessionId, first] = process.argv.slice(2)
if (!dataDir || !groupId || !sessionId || !first) throw new Error('usage: killChild <dataDir> <groupId> <sessionId> <firstEdit>')

// Synchronous writes, so an ack is in the pipe before the next save starts.
const say = (line: string) => writeSync(1, `${line}\n`)

const { handlers } = createHearthService({ dataDir, now: () => new Date(), newId: randomUUID })
const call = async (channel: string, payload: unknown) => {
  const result = await dispatch(handlers, channel, payload)
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`)
  return result.data
}

const live = (await call('live/get', { sessionId })) as { events: { type: string }[] }
let paused = live.events.at(-1)?.type === 'paused'
say('ready')

for (let n = Number(first); ; n++) {
  if (isWorkspaceEdit(n)) {
    await call('groups/update', { groupId, group: { ...NEW_GROUP_DEFAULTS, name: 'Soak group', purpose: `edit ${n}` } })
  } else {
    await call('live/append', { sessionId, event: { type: paused ? 'resumed' : 'paused', at: editAt(n) } })
    paused = !paused
  }
  say(`ack ${n}`)
}
