import { ITEM_TIMING_DEFAULTS, type AgendaItem } from '../model/plan'
import type { NewId } from '../model/ids'
import type { AppLocale } from '../model/locale'

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

type Template = typeof DEFAULT_COP_TEMPLATE

/** The same session in Canadian French, item for item: only the words differ. */
const FRENCH_WORDS: { name: string; items: readonly Pick<TemplateItem, 'title' | 'prompt'>[] } = {
  name: 'Séance type de communauté de pratique (90\u00a0minutes)',
  items: [
    { title: 'Accueil, règles et rappel de confidentialité', prompt: 'Bienvenue. Un rappel de notre entente de confidentialité avant de commencer.' },
    { title: 'Tour de table d’ouverture', prompt: 'Environ une minute chacun et chacune\u00a0: dans quel état arrivez-vous aujourd’hui? Vous pouvez passer votre tour et le reprendre plus tard.' },
    { title: 'Suivi du cas du mois dernier', prompt: 'Qu’est-il advenu des conseils de la dernière séance?' },
    { title: 'Cas 1\u00a0: protocole de consultation', prompt: 'Consultation sur un cas. Veillez à garder le cas dépersonnalisé.' },
    { title: 'Pause / marge', prompt: 'Courte pause.' },
    { title: 'Cas 2\u00a0: protocole court', prompt: 'Une consultation courte\u00a0: une question ciblée, de brefs tours d’idées.' },
    { title: 'Bilan des apprentissages', prompt: 'Que retenons-nous de cette séance?' },
    { title: 'Tour de clôture, présences et question de réflexion (FC)', prompt: 'Un mot ou une phrase pour conclure. La question de réflexion du mois suit.' }
  ]
}

function inOtherWords(template: Template, words: typeof FRENCH_WORDS): Template {
  if (words.items.length !== template.items.length) throw new Error('The translated default template does not have the same items.')
  return { ...template, name: words.name, items: template.items.map((item, i) => ({ ...item, ...words.items[i] })) }
}

const FRENCH_COP_TEMPLATE = inOtherWords(DEFAULT_COP_TEMPLATE, FRENCH_WORDS)

/**
 * The default session in the language of `locale`. A plan made from it is the group's from then
 * on, in the words it was made in: switching the language later does not rewrite it.
 */
export function defaultTemplate(locale: AppLocale): Template {
  return locale === 'fr-CA' ? FRENCH_COP_TEMPLATE : DEFAULT_COP_TEMPLATE
}

export function itemsFromTemplate(items: readonly TemplateItem[], newId: NewId): AgendaItem[] {
  return items.map((item) => ({ ...item, id: newId() }))
}
