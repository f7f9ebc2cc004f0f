import type { Messages } from '../../../core/i18n/messages'
import { issueWords, type Issue } from '../../lib/zodValidate'

/**
 * What the plan editor says about a plan PlanInputSchema turns down, in the current language
 * (the schema's own English messages are for the services).
 */
export function explainPlanIssue(t: Messages, issue: Issue): string {
  const words = t.sessions.errors
  const small = issue.code === 'too_small'
  const big = issue.code === 'too_big'
  const path = issue.path.map(String)
  const field = path[0] === 'items' && path.length > 2 ? `item.${path[2]}` : path.join('.')
  switch (field) {
    case 'title':
      return small ? words.titleMissing : big ? words.titleTooLong : issueWords(t.app.validation, issue)
    case 'scheduledStart':
      return t.sessions.planForm.startMissing
    case 'items':
      if (small) return words.noItems
      break
    case 'learningFocus':
      if (big) return words.learningFocusTooLong
      break
    case 'reflectionPrompt':
      if (big) return words.reflectionTooLong
      break
    case 'item.title':
      return small ? words.itemTitleMissing : big ? words.itemTitleTooLong : issueWords(t.app.validation, issue)
    case 'item.minutes':
      if (small) return words.itemTooShort
      if (big) return words.itemTooLong
      if (issue.code === 'invalid_type' && issue.expected === 'int') return words.wholeMinutes
      break
    case 'item.prompt':
      if (big) return words.promptTooLong
      break
  }
  return issueWords(t.app.validation, issue)
}
