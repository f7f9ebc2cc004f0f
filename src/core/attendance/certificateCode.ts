import { crockfordEncode, crockfordNormalize } from './crockford'
import { VERIFIED_FIELDS, type VerifiedFields } from './certificateFields'
import { sha256 } from './sha256'

/**
 * A new certificate ID, HRT-2026-7K3M-Q9XD: the issue year and 40 random bits (from at least 5
 * bytes the caller draws, e.g. crypto.getRandomValues, so core stays deterministic). 40 bits make
 * a clash between two of a group's certificates practically impossible; the service still checks
 * its register and draws again if one happens.
 */
export function makeCertificateId(issueYear: number, entropy: Uint8Array): string {
  if (!Number.isInteger(issueYear) || issueYear < 1000 || issueYear > 9999) throw new RangeError('The issue year must have four digits.')
  const symbols = crockfordEncode(entropy, 8)
  return `HRT-${issueYear}-${symbols.slice(0, 4)}-${symbols.slice(4)}`
}

/**
 * Text as a person would retype it from paper: Unicode compatibility forms folded, curly quotes
 * and long dashes made plain, runs of spaces made one, case ignored.
 */
export function canonicalText(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** "1.50", "1.5", " 1.5 " and "1,5" (as a French certificate prints it) are the same number of hours. */
const canonicalHours = (value: string): string => {
  const n = Number(value.trim().replace(/^(\d+),(\d+)$/, '$1.$2'))
  return Number.isFinite(n) ? String(n) : canonicalText(value)
}

/**
 * The one string the code is a hash of: a version tag and the verified fields in a fixed order,
 * as a JSON array so no field's text can run into the next one.
 */
export function canonicalCertificate(fields: VerifiedFields): string {
  const values = VERIFIED_FIELDS.map((key) => {
    const value = fields[key]
    if (key === 'cpdHours') return canonicalHours(value)
    if (key === 'certificateId') return crockfordNormalize(value)
    return canonicalText(value)
  })
  return JSON.stringify(['hearth-certificate-v1', ...values])
}

/**
 * The offline verification code printed on a certificate: the first 50 bits of the SHA-256 of
 * the canonical fields, as ten Crockford symbols (ABCDE-FGHJK). Anyone with Hearth can recompute
 * it, so it proves the printed fields were not altered after issue (a changed hour, name or date
 * gives another code), not who issued it: that is what the provider's register is for.
 */
export function verificationCode(fields: VerifiedFields): string {
  const symbols = crockfordEncode(sha256(canonicalCertificate(fields)), 10)
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`
}

/** Whether `typed` is the code for these fields, ignoring case, dashes, spaces and O/0, I/L/1. */
export function verifyCertificate(fields: VerifiedFields, typed: string): boolean {
  return crockfordNormalize(typed) === crockfordNormalize(verificationCode(fields))
}

const SYMBOL = '[0-9A-HJKMNP-TV-Z]'

/** Whether what a person typed reads as a certificate ID (HRT-2026-7K3M-Q9XD), as verifying reads it. */
export const looksLikeCertificateId = (typed: string): boolean => new RegExp(`^HRT\\d{4}${SYMBOL}{8}$`).test(crockfordNormalize(typed))

/** Whether what a person typed reads as a verification code: ten symbols, dashes and case aside. */
export const looksLikeVerificationCode = (typed: string): boolean => new RegExp(`^${SYMBOL}{10}$`).test(crockfordNormalize(typed))
