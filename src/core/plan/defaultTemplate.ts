import { ITEM_TIMING_DEFAULTS, type AgendaItem } from '../model/plan'
import type { NewId } from '../model/ids'

export type TemplateItem = Omit<AgendaItem, 'id'>

/**
 * The default 90-minute CoP session (shared/research/facilitation.md, "Suggested default
 * 90-minute CoP template"). Minutes are that synthesis's defaults, not a published standard.
 */
export const DEFAULT_COP_TEMPLATE: { name: string; plannedMinutes: number; items: readonly TemplateItem[] } = {
  name: 'Default 90-minute CoP session',
  plannedMinutes: 90,
  items: [
    {
      title: 'Arrival, norms and confidentiality reminder',
      minutes: 5,
      kind: 'standard',
      protected: false,
      prompt: 'Welcome. A reminder of our confidentiality agreement before we begin.',
      ...ITEM_TIMING_DEFAULTS
    },
    {
      title: 'Check-in round',
      minutes: 10,
      kind: 'standard',
      protected: false,
      prompt: 'About a minute each: how are you arriving today? You may pass and come back.',
      ...ITEM_TIMING_DEFAULTS,
      protocol: { id: 'check-in-round', version: 1, includeOptional: false }
    },
    {
      title: 'Follow-up on last month’s case',
      minutes: 5,
      kind: 'standard',
      protected: false,
      prompt: 'What happened with the advice from last session?',
      ...ITEM_TIMING_DEFAULTS
    },
    {
      title: 'Case 1: Consultancy protocol',
      minutes: 45,
      kind: 'standard',
      protected: false,
      prompt: 'Case consultation. Please keep the case de-identified.',
      ...ITEM_TIMING_DEFAULTS,
      protocol: { id: 'consultancy', version: 1, includeOptional: false }
    },
    {
      title: 'Break / buffer',
      minutes: 5,
      kind: 'break',
      protected: false,
      prompt: 'Short break.',
      ...ITEM_TIMING_DEFAULTS
    },
    {
      title: 'Case 2: short protocol',
      minutes: 12,
      kind: 'standard',
      protected: false,
      prompt: 'A short consultation: a focused question, quick rounds of ideas.',
      ...ITEM_TIMING_DEFAULTS,
      protocol: { id: 'troika', version: 1, includeOptional: false }
    },
    {
      title: 'Learning harvest / debrief',
      minutes: 5,
      kind: 'standard',
      protected: true,
      prompt: 'What are we taking away from today?',
      ...ITEM_TIMING_DEFAULTS
    },
    {
      title: 'Check-out, attendance and CPD reflection prompt',
      minutes: 3,
      kind: 'standard',
      protected: true,
      prompt: 'One word or one sentence to close. This month’s reflection prompt follows.',
      ...ITEM_TIMING_DEFAULTS
    }
  ]
}

export function itemsFromTemplate(items: readonly TemplateItem[], newId: NewId): AgendaItem[] {
  return items.map((item) => ({ ...item, id: newId() }))
}
