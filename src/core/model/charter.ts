import type { Charter, GroupInput } from './group'

/**
 * The 14 "questions to consider" a group answers when it forms (Positive Psychology Guild CoP
 * guidance, shared/seeds/001). Five of them are settings Hearth acts on (open/closed, size,
 * rhythm…), so their answer *is* that setting; the rest are the group's own words.
 */
export type CharterQuestion =
  | { number: number; text: string; answer: { setting: keyof GroupInput } }
  | { number: number; text: string; answer: { prose: keyof Charter } }

export const CHARTER_QUESTIONS: readonly CharterQuestion[] = [
  { number: 1, text: 'What is the focus of your group?', answer: { setting: 'focus' } },
  { number: 2, text: 'What is the purpose of your group?', answer: { setting: 'purpose' } },
  {
    number: 3,
    text: 'Who is your group leader? What are their responsibilities?',
    answer: { prose: 'leader' }
  },
  { number: 4, text: 'What are your aims and objectives?', answer: { prose: 'aims' } },
  { number: 5, text: 'Is your group open or closed?', answer: { setting: 'openness' } },
  {
    number: 6,
    text: 'How many members would you ideally like in your group?',
    answer: { setting: 'maxSize' }
  },
  {
    number: 7,
    text: 'When do you meet? How often and for how long? Where do you meet? Is your meeting in a regular slot or variable? How far in advance do you set meeting dates?',
    answer: { setting: 'rhythm' }
  },
  {
    number: 8,
    text: 'What commitment do you expect from group members in terms of attendance and participation?',
    answer: { prose: 'commitment' }
  },
  {
    number: 9,
    text: 'How is your meeting structured? Who chairs, sets the agenda etc?',
    answer: { prose: 'structure' }
  },
  {
    number: 10,
    text: 'Are there any costs associated with your group? How will these be met?',
    answer: { prose: 'costs' }
  },
  {
    number: 11,
    text: 'What is the procedure for admitting new members to your group?',
    answer: { prose: 'admission' }
  },
  {
    number: 12,
    text: 'What are your group values (e.g. confidentiality, inclusivity, commitment to evidence-based practice, ethical practice, and CPD)? Are you practising safely as a group with respect for all group members?',
    answer: { prose: 'values' }
  },
  { number: 13, text: 'How will you communicate with each other?', answer: { prose: 'communication' } },
  { number: 14, text: 'How will you address any conflicts?', answer: { prose: 'conflicts' } }
]

/** How many of the 14 questions the group has answered (settings always count as answered). */
export function charterProgress(group: GroupInput): { answered: number; total: number } {
  const answered = CHARTER_QUESTIONS.filter((q) => {
    if ('prose' in q.answer) return group.charter[q.answer.prose].trim() !== ''
    const value = group[q.answer.setting]
    return typeof value === 'string' ? value.trim() !== '' : true
  }).length
  return { answered, total: CHARTER_QUESTIONS.length }
}
