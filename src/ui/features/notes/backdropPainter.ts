import { backdropLines, changedLines, type BackdropLine } from '../../../core/notes/backdropLines'
import type { Flag } from '../../../core/notes/flagRules'

/**
 * Lines per block of the backdrop. A key lays out and repaints the block its line is in, and the
 * browser steps over the other blocks whole: with one box per line straight under the backdrop, a
 * key in a 300-line note had the browser look at all 300 boxes to lay out and paint one line.
 */
const BLOCK_LINES = 24

interface Block {
  el: HTMLElement
  lines: number
}

/**
 * Draws a note field's backdrop (its text again, line by line, each flag wrapped in a <mark>) into
 * `host` straight in the DOM, touching only the lines that changed since the last call. A key then
 * costs what the browser alone costs for a textarea: no React render of a 5,000-word note, and the
 * browser lays out and repaints the one line typed in. The lines sit in blocks of about
 * BLOCK_LINES (a block that grows past twice that is split), in order.
 */
export class BackdropPainter {
  private keys: string[] = []
  private blocks: Block[] = []

  constructor(
    private readonly host: HTMLElement,
    private readonly markClass: string,
    private readonly blockClass: string
  ) {}

  paint(text: string, flags: readonly Flag[]): void {
    const lines = backdropLines(text, flags)
    const keys = lines.map((line) => line.key)
    const { start, before, after } = changedLines(this.keys, keys)
    // The lines both lists have in that range are redrawn in place; the rest are added or taken out.
    const common = Math.min(before, after) - start
    for (let i = 0; i < common; i++) this.fill(this.lineAt(start + i), lines[start + i]!)
    if (after > before) {
      const added: HTMLElement[] = []
      for (let i = before; i < after; i++) {
        const div = document.createElement('div')
        this.fill(div, lines[i]!)
        added.push(div)
      }
      this.insert(before, added)
    } else for (let i = before - 1; i >= after; i--) this.remove(i)
    this.keys = keys
  }

  /** The block holding line `index`, and the line's place in it (one past its last line for the end). */
  private find(index: number): { block: number; at: number } {
    let at = index
    for (let block = 0; block < this.blocks.length; block++) {
      const lines = this.blocks[block]!.lines
      if (at < lines || (at === lines && block === this.blocks.length - 1)) return { block, at }
      at -= lines
    }
    return { block: -1, at: 0 }
  }

  private lineAt(index: number): HTMLElement {
    const { block, at } = this.find(index)
    return this.blocks[block]!.el.children[at] as HTMLElement
  }

  private newBlock(lines: HTMLElement[], next: Node | null): Block {
    const el = document.createElement('div')
    el.className = this.blockClass
    el.append(...lines)
    this.host.insertBefore(el, next)
    return { el, lines: lines.length }
  }

  /** Puts `lines` in at line `index`, in the block there, splitting it if it grows too long. */
  private insert(index: number, lines: HTMLElement[]): void {
    if (this.blocks.length === 0) {
      for (let i = 0; i < lines.length; i += BLOCK_LINES) this.blocks.push(this.newBlock(lines.slice(i, i + BLOCK_LINES), null))
      return
    }
    const { block, at } = this.find(index)
    const target = this.blocks[block]!
    const next = target.el.children[at] ?? null
    const added = document.createDocumentFragment()
    added.append(...lines)
    target.el.insertBefore(added, next)
    target.lines += lines.length
    if (target.lines <= 2 * BLOCK_LINES) return
    // Too long: the block keeps its first lines and the rest move to new blocks after it.
    const moving = [...target.el.children].slice(BLOCK_LINES) as HTMLElement[]
    target.lines = BLOCK_LINES
    const after = target.el.nextSibling
    const made: Block[] = []
    for (let i = 0; i < moving.length; i += BLOCK_LINES) made.push(this.newBlock(moving.slice(i, i + BLOCK_LINES), after))
    this.blocks.splice(block + 1, 0, ...made)
  }

  private remove(index: number): void {
    const { block, at } = this.find(index)
    const target = this.blocks[block]
    if (!target) return
    target.el.children[at]?.remove()
    target.lines--
    if (target.lines > 0) return
    target.el.remove()
    this.blocks.splice(block, 1)
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
