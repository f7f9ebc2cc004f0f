import { backdropLines, changedLines, type BackdropLine } from '../../../core/notes/backdropLines'
import type { Flag } from '../../../core/notes/flagRules'

/**
 * Draws a note field's backdrop (its text again, line by line, each flag wrapped in a <mark>) into
 * `host` straight in the DOM, touching only the lines that changed since the last call. A key then
 * costs what the browser alone costs for a textarea: no React render of a 5,000-word note, and the
 * browser lays out and repaints the one line typed in.
 */
export class BackdropPainter {
  private keys: string[] = []

  constructor(
    private readonly host: HTMLElement,
    private readonly markClass: string
  ) {}

  paint(text: string, flags: readonly Flag[]): void {
    const lines = backdropLines(text, flags)
    const keys = lines.map((line) => line.key)
    const { start, before, after } = changedLines(this.keys, keys)
    const children = this.host.children
    // The lines both lists have in that range are redrawn in place; the rest are added or taken out.
    const common = Math.min(before, after) - start
    for (let i = 0; i < common; i++) this.fill(children[start + i] as HTMLElement, lines[start + i]!)
    if (after > before) {
      const next = children[before] ?? null
      const added = document.createDocumentFragment()
      for (let i = before; i < after; i++) {
        const div = document.createElement('div')
        this.fill(div, lines[i]!)
        added.append(div)
      }
      this.host.insertBefore(added, next)
    } else for (let i = before - 1; i >= after; i--) children[i]?.remove()
    this.keys = keys
  }

  private fill(div: HTMLElement, line: BackdropLine): void {
    if (line.marks.length === 0) {
      // An empty line still takes its height.
      div.textContent = line.text || '\u200b'
      return
    }
    const parts: (string | Node)[] = []
    let at = 0
    for (const mark of line.marks) {
      parts.push(line.text.slice(at, mark.from))
      const el = document.createElement('mark')
      el.className = this.markClass
      el.dataset.kind = mark.kind
      el.dataset.state = mark.state
      el.textContent = line.text.slice(mark.from, mark.to)
      parts.push(el)
      at = mark.to
    }
    parts.push(line.text.slice(at) || '\u200b')
    div.replaceChildren(...parts)
  }
}
