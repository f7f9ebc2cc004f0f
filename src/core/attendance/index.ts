/**
 * Attendance, CPD credit and certificates (issue 6). Pure: time and randomness come in as
 * arguments. The flow a service follows after a session:
 *
 *   const attendance = sessionAttendance(plan.items, live.events, now)       // attendedTime.ts
 *   const credit = cpdCredit(attendanceOf(attendance, member.id), attendance.sessionMs, rule)
 *   if (credit.eligible) {
 *     const fields = composeCertificateFields({ member, plan, credit, rule, learningFocus, issueDate })
 *     const { record, duplicate } = prepareCertificate(register, { personId, sessionId, fields, issuedAt }, draw)
 *     // store withIssued(register, record); print record.fields, record.code, duplicate
 *   }
 */
export * from './marks'
export * from './itemSegments'
export * from './attendedTime'
export * from './checkAttendance'
export * from './cpdRule'
export * from './cpdCredit'
export * from './crockford'
export * from './sha256'
export * from './certificateFields'
export * from './certificateCode'
export * from './certificateRegister'
export * from './composeCertificate'
export * from './cpdLog'
