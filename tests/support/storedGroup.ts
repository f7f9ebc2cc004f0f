import { NEW_CPD_RULE_DEFAULTS } from '../../src/core/attendance/cpdRule'

const STAMP = '2026-11-22T10:00:00.000Z'

/** A group as the workspace file stores it, with every field at its plain default. */
export const storedGroup = (id: string, name: string) => ({
  id,
  name,
  focus: '',
  purpose: '',
  openness: 'closed' as const,
  maxSize: 8,
  rhythm: { frequency: 'monthly' as const, durationMinutes: 90, detail: '' },
  confidentialityStatement: '',
  charter: { leader: '', aims: '', commitment: '', structure: '', costs: '', admission: '', values: '', communication: '', conflicts: '' },
  talkTimeInExports: false,
  notesRetentionMonths: null,
  safeList: [],
  themes: [],
  cpd: NEW_CPD_RULE_DEFAULTS,
  createdAt: STAMP,
  updatedAt: STAMP
})
