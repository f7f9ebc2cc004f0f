import type { Messages } from '../../../core/i18n/messages'
import { issueWords, type ExplainIssue } from '../../lib/zodValidate'

/** What the group form says about a value GroupInputSchema turns down, field by field, in the current language. */
export const explainGroupIssue =
  (t: Messages): ExplainIssue =>
  (issue) => {
    const words = t.groups.errors
    const small = issue.code === 'too_small'
    switch (issue.path.map(String).join('.')) {
      case 'name':
        return small ? words.nameMissing : issueWords(t.app.validation, issue)
      case 'rhythm.durationMinutes':
        if (issue.code === 'too_small') return words.sessionTooShort
        if (issue.code === 'too_big') return words.sessionTooLong
        break
      case 'maxSize':
        if (issue.code === 'too_small') return words.sizeTooSmall
        if (issue.code === 'too_big') return words.sizeTooLarge
        break
      case 'notesRetentionMonths':
        if (issue.code === 'too_small') return words.retentionTooShort
        if (issue.code === 'too_big') return words.retentionTooLong
        break
    }
    return issueWords(t.app.validation, issue)
  }
