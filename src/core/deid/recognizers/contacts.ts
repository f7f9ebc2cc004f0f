import type { Finding } from '../types'
import { isEnglishWord } from '../lexicon/englishWords'
import { anchors, matchAt, matchesAt, sticky, tokenStarts } from '../text/anchors'
import { fold } from '../text/fold'
import { hasDotLetter, hasWwwDot } from '../text/chars'
import { CUE } from '../lexicon/readerCues'
import type { Token } from '../text/tokenize'

// Each pattern is tried only where it can start: an "@", "http"/"www.", a dot before a known
// top-level domain, or a word such as "IG" or "handle".
const LOCAL_PART = /[\p{L}\p{N}._%+-]/u
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy
const HANDLE = /@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/uy
const URL = /(?:https?:\/\/|www\.)[^\s<>()"']+/iuy
const URL_START = /https?:\/\/|www\./gi
const TLD = /\.(?:com|ca|org|net|io|me|ly|co|uk|us|info|example|edu|gov|app|link|ee|gg|tv|fm)(?![a-z0-9-])/gi
const DOMAIN_CHAR = /[a-z0-9.-]/i
const PATH = /\/[^\s<>()"']*/y
const HANDLE_CUE = sticky(/(?:ig|insta|instagram|tiktok|snapchat|snap|twitter|x|discord|threads|bluesky|handle|username|user name|gamertag|screen name)\b(?:\s+(?:handle|name|account|username))?\s*(?:is|was|:|-|=)?\s*['"“]?([\p{L}\p{N}_.]{3,30})/iu)

const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"”’]+$/

function trimmed(start: number, text: string): Finding {
  const cut = text.replace(TRAILING_PUNCTUATION, '')
  return { start, end: start + cut.length, kind: 'CONTACT' }
}

/** Email addresses, web addresses, social handles. Phone numbers are in numbers.ts. */
export function findContacts(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at
    // An address's local part is at most 64 characters; looking further back only costs time.
    while (start > 0 && at - start < 64 && LOCAL_PART.test(text.charAt(start - 1))) start--
    const domain = matchAt(EMAIL_DOMAIN, text, at)
    if (start < at && domain) {
      found.push(trimmed(start, text.slice(start, at + domain[0].length)))
      continue
    }
    // "@name" with nothing word-like before the "@" is a handle.
    const handle = start === at ? matchAt(HANDLE, text, at) : null
    if (handle) found.push(trimmed(at, handle[0]))
  }
  const urls = text.includes('://') || hasWwwDot(text) ? anchors(text, URL_START) : []
  for (const m of matchesAt(text, urls, URL)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(m.index - 1))) found.push(trimmed(m.index, m[0]))
  }
  // "linktr.ee/coachjess", "club.example.co.uk": a bare domain, found from its ending.
  let reach = 0
  for (const a of hasDotLetter(text) ? anchors(text, TLD) : []) {
    if (a < reach) continue
    let start = a
    // A domain name is at most 253 characters.
    while (start > reach && a - start < 253 && DOMAIN_CHAR.test(text.charAt(start - 1))) start--
    if (start === a || /[\p{L}\p{N}@\/]/u.test(text.charAt(start - 1))) continue
    let end = a + (/^\.[a-z]+/i.exec(text.slice(a, a + 12))?.[0].length ?? 0)
    const path = matchAt(PATH, text, end)
    if (path) end += path[0].length
    reach = end
    found.push(trimmed(start, text.slice(start, end)))
  }
  for (const a of tokenStarts(tokens, (t) => (t.cues & CUE.HANDLE) !== 0)) {
    const m = matchAt(HANDLE_CUE, text, a)
    const handle = m?.[1]
    if (!m || !handle) continue
    // A real word after the cue ("her Instagram account", "IG is private") is not a handle.
    const looksLikeHandle = /[\d_.]/.test(handle) || !isEnglishWord(fold(handle))
    if (!looksLikeHandle || /^\d+$/.test(handle)) continue
    found.push(trimmed(a + m[0].length - handle.length, handle))
  }
  return found.filter((f) => f.end > f.start)
}
