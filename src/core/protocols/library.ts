import type { AppLocale } from '../model/locale'
import { FRENCH_PROTOCOL_TEXTS, type ProtocolTexts } from './frenchLibrary'
import { ProtocolSchema, type Phase, type Protocol, type SpeakingRule } from './protocolSchema'

/*
 * The protocols Hearth ships (shared/research/facilitation.md, section b). Minutes marked
 * 'published' follow a published version; 'range' takes the middle of a published range;
 * 'default' is ours where no timing is published or the source is unverified. Groups edit and
 * extend these; an edited copy keeps the id and gets a higher version.
 */

const rule = (speakers: SpeakingRule['speakers'], label: string, presenterAway = false): SpeakingRule => ({ speakers, label, presenterAway })

type PhaseSpec = Pick<Phase, 'key' | 'title' | 'minutes' | 'timing' | 'speaking' | 'prompt'> & Partial<Pick<Phase, 'turnTaking' | 'optional'>>
const phase = (spec: PhaseSpec): Phase => ({ turnTaking: 'open', optional: false, ...spec })

const CASE_ROLES: Protocol['roles'] = [
  { key: 'presenter', label: 'Presenter', many: false },
  { key: 'consultants', label: 'Consultants', many: true },
  { key: 'facilitator', label: 'Facilitator', many: false },
  { key: 'timekeeper', label: 'Timekeeper', many: false },
  { key: 'note-taker', label: 'Note-taker', many: false }
]

const BUILT_IN: Protocol[] = [
  {
    id: 'consultancy',
    version: 1,
    name: 'Consultancy',
    summary: 'Help a presenter think more widely about one concrete dilemma, framed as a focus question.',
    source: 'NSRF / School Reform Initiative (Thompson-Grove, Evans, Dunne); about 50 minutes.',
    roles: CASE_ROLES,
    phases: [
      phase({ key: 'overview', title: 'Overview and focus question', minutes: 10, timing: 'range', speaking: rule('presenter', 'Presenter speaks; the group listens'), prompt: 'What is the dilemma, what has been tried, and what is your focus question?' }),
      phase({ key: 'clarifying', title: 'Clarifying questions', minutes: 5, timing: 'published', speaking: rule('group', 'Questions only: brief, factual answers'), prompt: 'Questions of fact, with short answers.', turnTaking: 'queue' }),
      phase({ key: 'probing', title: 'Probing questions', minutes: 10, timing: 'published', speaking: rule('group', 'Questions only, no advice'), prompt: 'Questions that help the presenter think more widely. Presenter: restate your question at the end.', turnTaking: 'queue' }),
      phase({ key: 'discussion', title: 'Group discussion', minutes: 15, timing: 'published', speaking: rule('group', 'Presenter silent, taking notes'), prompt: 'The group discusses the dilemma; the presenter listens.', turnTaking: 'queue' }),
      phase({ key: 'response', title: 'Presenter response', minutes: 5, timing: 'default', speaking: rule('presenter', 'Presenter speaks; the group listens'), prompt: 'What struck you? What will you take forward?' }),
      phase({ key: 'debrief', title: 'Debrief of the process', minutes: 5, timing: 'default', speaking: rule('all', 'Everyone'), prompt: 'How did the process work for us?' })
    ]
  },
  {
    id: 'tuning',
    version: 1,
    name: 'Tuning',
    summary: 'Warm and cool feedback on a piece of work or a plan, against a focusing question.',
    source: 'NSRF / Coalition of Essential Schools; Oregon ed-net and "modified" versions; 45–60+ minutes.',
    roles: CASE_ROLES,
    phases: [
      phase({ key: 'introduction', title: 'Introduction', minutes: 5, timing: 'published', speaking: rule('facilitator', 'Facilitator'), prompt: 'Goals, norms and the schedule.' }),
      phase({ key: 'presentation', title: 'Presentation of the work', minutes: 15, timing: 'published', speaking: rule('presenter', 'Participants silent'), prompt: 'Context and the work, ending with the focusing question.' }),
      phase({ key: 'clarifying', title: 'Clarifying questions', minutes: 5, timing: 'published', speaking: rule('group', 'Clarifying questions only'), prompt: 'Facts only; other questions wait for the feedback.', turnTaking: 'queue' }),
      phase({ key: 'examination', title: 'Examining the work', minutes: 5, timing: 'range', speaking: rule('none', 'Silent writing'), prompt: 'Note your warm and cool feedback.' }),
      phase({ key: 'feedback', title: 'Warm and cool feedback', minutes: 15, timing: 'published', speaking: rule('group', 'Presenter silent'), prompt: 'Warm, then cool: what works, and what could be stronger?', turnTaking: 'queue' }),
      phase({ key: 'reflection', title: 'Presenter reflection', minutes: 10, timing: 'default', speaking: rule('presenter', 'Participants silent'), prompt: 'What will you take from the feedback?' }),
      phase({ key: 'debrief', title: 'Debrief', minutes: 5, timing: 'default', speaking: rule('all', 'Everyone'), prompt: 'How did the protocol work for us?' })
    ]
  },
  {
    id: 'troika',
    version: 1,
    name: 'Troika Consulting',
    summary: 'One client and two consultants per round; roles rotate. About 10 minutes a round.',
    source: 'Liberating Structures; online variant with camera and microphone off for the client.',
    roles: [
      { key: 'presenter', label: 'Client', many: false },
      { key: 'consultants', label: 'Consultants', many: true },
      { key: 'timekeeper', label: 'Timekeeper', many: false }
    ],
    phases: [
      phase({ key: 'frame', title: 'Frame the challenge', minutes: 1, timing: 'published', speaking: rule('none', 'Silent: each frames a challenge'), prompt: 'What is your challenge, and what help do you need?' }),
      phase({ key: 'share', title: 'Client shares', minutes: 2, timing: 'range', speaking: rule('presenter', 'Consultants silent'), prompt: 'Client: the challenge and the help you need.' }),
      phase({ key: 'clarify', title: 'Clarifying questions', minutes: 2, timing: 'range', speaking: rule('group', 'Consultants ask; client answers briefly'), prompt: 'Questions to understand, not to advise.' }),
      phase({ key: 'consult', title: 'Consultants discuss', minutes: 4, timing: 'range', speaking: rule('group', 'Client turned away — camera off', true), prompt: 'Consultants talk ideas and advice; the client listens and takes notes.' }),
      phase({ key: 'reflect', title: 'Client reflects', minutes: 1, timing: 'range', speaking: rule('presenter', 'Client speaks'), prompt: 'What was most valuable?' })
    ]
  },
  {
    id: 'balint',
    version: 1,
    name: 'Balint group',
    summary: 'Explore the practitioner–client relationship and the feelings it raises; speculate, do not judge or solve.',
    source: 'Balint Australia & NZ: about 45 minutes a case. Phase minutes are our synthesis (defaults).',
    roles: [
      { key: 'presenter', label: 'Presenter', many: false },
      { key: 'facilitator', label: 'Leader', many: false },
      { key: 'consultants', label: 'Group', many: true }
    ],
    phases: [
      phase({ key: 'presentation', title: 'Case told without notes', minutes: 8, timing: 'default', speaking: rule('presenter', 'Presenter speaks; the group listens'), prompt: 'Tell the case briefly and informally.' }),
      phase({ key: 'questions', title: 'Brief factual questions', minutes: 5, timing: 'default', speaking: rule('group', 'Factual questions only'), prompt: 'Only what you need to follow the story.', turnTaking: 'queue' }),
      phase({ key: 'discussion', title: 'Group discussion', minutes: 22, timing: 'default', speaking: rule('group', 'Presenter sits back, silent (push-back)', true), prompt: 'What do you imagine the client feels? The practitioner? No advice, no judgement.', turnTaking: 'queue' }),
      phase({ key: 'return', title: 'Presenter returns', minutes: 5, timing: 'default', speaking: rule('all', 'Presenter rejoins'), prompt: 'What stays with you?', optional: true }),
      phase({ key: 'close', title: 'Leader closes', minutes: 5, timing: 'default', speaking: rule('facilitator', 'Leader'), prompt: 'Closing remarks and process notes.' })
    ]
  },
  {
    id: 'incident-method',
    version: 1,
    name: 'Incident Method (intervision)',
    summary: 'Dutch/Flemish peer supervision: the case-bringer stops before saying what they did; questions, analysis without them, advice in turn.',
    source: 'Incidentmethode, versions A (fotoscholing) and B (wikiwijs); 60–75 minutes.',
    roles: [
      { key: 'presenter', label: 'Case-bringer', many: false },
      { key: 'consultants', label: 'Members', many: true },
      { key: 'facilitator', label: 'Chair', many: false },
      { key: 'timekeeper', label: 'Timekeeper', many: false }
    ],
    phases: [
      phase({ key: 'review', title: 'Review of last advice', minutes: 5, timing: 'published', speaking: rule('all', 'Everyone'), prompt: 'How did the advice from last time work out?' }),
      phase({ key: 'incident', title: 'The incident', minutes: 10, timing: 'published', speaking: rule('presenter', 'Case-bringer speaks'), prompt: 'Describe the incident, and stop before saying what you did.' }),
      phase({ key: 'questions', title: 'Question round', minutes: 10, timing: 'published', speaking: rule('in-turn', 'Questions only: no advice, no judgement'), prompt: 'Factual, then deepening questions, in turn.', turnTaking: 'round' }),
      phase({ key: 'analysis', title: 'Analysis without the case-bringer', minutes: 10, timing: 'published', speaking: rule('group', 'Case-bringer turned away — camera off', true), prompt: 'What is going on here? Respectful, and about the situation.', turnTaking: 'queue' }),
      phase({ key: 'advice', title: 'Advice round', minutes: 10, timing: 'published', speaking: rule('in-turn', 'Case-bringer listens, does not respond'), prompt: 'In turn: what would you do?', turnTaking: 'round' }),
      phase({ key: 'response', title: 'What the case-bringer did', minutes: 10, timing: 'published', speaking: rule('presenter', 'Case-bringer speaks'), prompt: 'What did you actually do, and which advice is useful?' }),
      phase({ key: 'evaluation', title: 'Evaluation', minutes: 5, timing: 'range', speaking: rule('all', 'Everyone'), prompt: 'How did this round of intervision go?' })
    ]
  },
  {
    id: 'action-learning-set',
    version: 1,
    name: 'Action Learning Set',
    summary: 'Questions only, no advice: the set helps an issue holder find their own next action.',
    source: 'Revans; 30–40 minutes per issue holder.',
    roles: [
      { key: 'presenter', label: 'Issue holder', many: false },
      { key: 'consultants', label: 'Set members', many: true },
      { key: 'facilitator', label: 'Set adviser', many: false }
    ],
    phases: [
      phase({ key: 'issue', title: 'Issue presented', minutes: 2, timing: 'published', speaking: rule('presenter', 'Issue holder speaks'), prompt: 'What is the issue, and what do you want from the set?' }),
      phase({ key: 'clarifying', title: 'Clarifying questions', minutes: 8, timing: 'range', speaking: rule('in-turn', 'Questions only, in turn'), prompt: 'One question and one follow-up each.', turnTaking: 'round' }),
      phase({ key: 'helping', title: 'Questions to help', minutes: 13, timing: 'range', speaking: rule('in-turn', 'Questions only: no advice or opinion'), prompt: 'Questions that open up options.', turnTaking: 'round' }),
      phase({ key: 'summary', title: 'Summary', minutes: 2, timing: 'published', speaking: rule('presenter', 'Issue holder speaks'), prompt: 'What are you seeing now?' }),
      phase({ key: 'resources', title: 'Resources round', minutes: 5, timing: 'published', speaking: rule('in-turn', 'Offers of resources, in turn'), prompt: 'Any resource that might help?', turnTaking: 'round', optional: true }),
      phase({ key: 'action', title: 'Final summary and action', minutes: 2, timing: 'published', speaking: rule('presenter', 'Issue holder speaks'), prompt: 'What will you do before we meet again?' })
    ]
  },
  {
    id: 'enyssp-peer-consultation',
    version: 1,
    name: 'Peer consultation (ENYSSP style)',
    summary: 'A structured case sent out in advance; questions, analysis including ethics, suggestions, the submitter’s reaction.',
    source: 'European Network of Young Specialists in Sport Psychology. No published timings: all minutes are defaults.',
    roles: CASE_ROLES,
    phases: [
      phase({ key: 'introduction', title: 'Introductions and procedure', minutes: 3, timing: 'default', speaking: rule('facilitator', 'Facilitator'), prompt: 'How we will work today.' }),
      phase({ key: 'information', title: 'Information gathering', minutes: 10, timing: 'default', speaking: rule('group', 'Questions to the case submitter'), prompt: 'What else do we need to understand the case?', turnTaking: 'queue' }),
      phase({ key: 'analysis', title: 'Analysis: content, ethics, key question', minutes: 12, timing: 'default', speaking: rule('group', 'Group discusses'), prompt: 'What is the key question? What ethical considerations are there?', turnTaking: 'queue' }),
      phase({ key: 'suggestions', title: 'Individual suggestions', minutes: 10, timing: 'default', speaking: rule('in-turn', 'In turn'), prompt: 'One suggestion each.', turnTaking: 'round' }),
      phase({ key: 'reaction', title: 'Case submitter’s reaction', minutes: 5, timing: 'default', speaking: rule('presenter', 'Case submitter speaks'), prompt: 'What will you take forward?' }),
      phase({ key: 'evaluation', title: 'Evaluation and closure', minutes: 5, timing: 'default', speaking: rule('all', 'Everyone'), prompt: 'How was this for us?' })
    ]
  },
  {
    id: 'check-in-round',
    version: 1,
    name: 'Check-in / check-out round',
    summary: 'Each person answers a prompt in turn, about a minute each; anyone may pass and be offered a turn later.',
    source: 'UMB Center for Collaborative Teaching; Parabol icebreaker. One minute each is a default.',
    roles: [{ key: 'facilitator', label: 'Facilitator', many: false }],
    phases: [
      phase({ key: 'round', title: 'Round', minutes: 10, timing: 'default', speaking: rule('in-turn', 'One at a time, in turn; you may pass'), prompt: 'How are you arriving today?', turnTaking: 'round' })
    ]
  },
  {
    id: 'open-discussion',
    version: 1,
    name: 'Open discussion',
    summary: 'Free discussion with a raise-hand queue.',
    source: 'Hearth default.',
    roles: [{ key: 'facilitator', label: 'Facilitator', many: false }],
    phases: [
      phase({ key: 'discussion', title: 'Discussion', minutes: 15, timing: 'default', speaking: rule('all', 'Raise a hand to speak'), prompt: 'Open discussion.', turnTaking: 'queue' })
    ]
  }
]

/** Validated when the module loads: a malformed built-in protocol fails at start-up, not mid-call. */
export const PROTOCOL_LIBRARY: readonly Protocol[] = BUILT_IN.map((protocol) => ProtocolSchema.parse(protocol))

/**
 * A built-in protocol in other words: the same id, version, keys, minutes and rules, so a
 * session, a rebalance or a group's edited copy lines up with it whatever the language. A
 * missing text fails at start-up, like a malformed protocol.
 */
function inOtherWords(protocol: Protocol, texts: ProtocolTexts | undefined): Protocol {
  const missing = (what: string): never => {
    throw new Error(`The built-in protocol ${protocol.id} has no translation for ${what}.`)
  }
  if (!texts) return missing('its texts')
  return ProtocolSchema.parse({
    ...protocol,
    name: texts.name,
    summary: texts.summary,
    source: texts.source,
    roles: protocol.roles.map((role) => ({ ...role, label: texts.roles[role.key] ?? missing(`role ${role.key}`) })),
    phases: protocol.phases.map((phase) => {
      const words = texts.phases[phase.key] ?? missing(`phase ${phase.key}`)
      return { ...phase, title: words.title, prompt: words.prompt, speaking: { ...phase.speaking, label: words.speaking } }
    })
  })
}

const FRENCH_LIBRARY: readonly Protocol[] = PROTOCOL_LIBRARY.map((protocol) => inOtherWords(protocol, FRENCH_PROTOCOL_TEXTS[protocol.id]))

/**
 * The built-in protocols in the language of `locale`. Built-ins are not stored until a group
 * edits one or a session starts with it; from then on that copy is the group's, in the words it
 * was saved in, and never rewritten when the language changes.
 */
export function protocolLibrary(locale: AppLocale): readonly Protocol[] {
  return locale === 'fr-CA' ? FRENCH_LIBRARY : PROTOCOL_LIBRARY
}

export function builtInProtocol(id: string, locale: AppLocale = 'en-CA'): Protocol | undefined {
  return protocolLibrary(locale).find((protocol) => protocol.id === id)
}
