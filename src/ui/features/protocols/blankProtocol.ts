import type { Messages } from '../../../core/i18n/messages'
import type { Protocol } from '../../../core/protocols/protocolSchema'

/** The id a protocol has until it is first saved; the editor then derives the id from its name. */
export const BLANK_ID = 'our-protocol'

/** What "New protocol" starts from, in the facilitator's language: the group rewrites all of it. */
export const blankProtocol = (t: Messages['protocols']['blank']): Protocol => ({
  id: BLANK_ID,
  version: 1,
  name: t.name,
  summary: '',
  source: t.source,
  roles: [
    { key: 'presenter', label: t.presenter, many: false },
    { key: 'consultants', label: t.consultants, many: true },
    { key: 'facilitator', label: t.facilitator, many: false }
  ],
  phases: [
    {
      key: 'phase-1',
      title: t.firstPhase,
      minutes: 10,
      timing: 'default',
      speaking: { speakers: 'all', label: t.everyone, presenterAway: false },
      prompt: '',
      turnTaking: 'open',
      optional: false
    }
  ]
})
