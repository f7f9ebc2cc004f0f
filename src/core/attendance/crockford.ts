/**
 * Crockford's base32: digits and capitals without I, L, O and U, so a code read off paper and
 * typed back cannot confuse 1/I/L or 0/O, and spells no words by accident.
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** The first `count` 5-bit symbols of `bytes` (most significant bit first). */
export function crockfordEncode(bytes: Uint8Array, count: number): string {
  if (count * 5 > bytes.length * 8) throw new RangeError(`${count} symbols need ${Math.ceil((count * 5) / 8)} bytes.`)
  let out = ''
  for (let i = 0; i < count; i++) {
    let value = 0
    for (let bit = i * 5; bit < i * 5 + 5; bit++) value = (value << 1) | (((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1)
    out += CROCKFORD_ALPHABET[value]
  }
  return out
}

/**
 * What a person typed, read as Crockford does: case ignored, O read as 0, I and L as 1, and
 * dashes and spaces dropped.
 */
export function crockfordNormalize(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}
