import type { Messages } from '../../../core/i18n/messages'
import { issueWords, type ExplainIssue } from '../../lib/zodValidate'

/** What the member form says about a value MemberInputSchema turns down, in the current language. */
export const explainMemberIssue =
  (t: Messages): ExplainIssue =>
  (issue) => {
    const field = issue.path.map(String).join('.')
    if (field === 'name') return issue.code === 'too_small' ? t.members.errors.nameMissing : t.members.errors.nameTooLong
    if (field === 'email') return t.members.errors.email
    return issueWords(t.app.validation, issue)
  }
