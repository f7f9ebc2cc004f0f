import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/**
 * Finds words written straight into the renderer's code instead of the message catalogues
 * (src/core/i18n), so a translation cannot miss them. It reads the TypeScript syntax tree:
 * JSX text, string and template literals given to JSX attributes or placed in JSX, and strings
 * under the object keys Mantine's notifications and modals show (title, message, label…).
 *
 * A literal that is plainly not words a person reads (a CSS value, an id, a route, an icon
 * name) is left alone: lower case with no space, or no letter at all. A line that really must
 * keep a literal says why with `i18n-ignore` in a comment.
 */

export type HardcodedText = { file: string; line: number; text: string }

// Attributes that carry code, not words, even when their value looks like a sentence.
const CODE_ATTRIBUTES = new Set([
  'className',
  'href',
  'id',
  'htmlFor',
  'key',
  'name',
  'type',
  'role',
  'src',
  'accept',
  'autoComplete',
  'inputMode',
  'pattern',
  'data-testid',
  'lang',
  'dir',
  'd',
  'viewBox',
  'fill',
  'stroke',
  'style',
  'ff',
  'fontFamily',
  'value'
])

// ARIA attributes whose values are read aloud (aria-live="polite" is a token, not words).
const ARIA_WORDS = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'aria-placeholder'])

// Object keys whose string values end up on screen (notifications, modals, select options, errors).
const VISIBLE_KEYS = new Set(['title', 'message', 'label', 'description', 'placeholder', 'error', 'confirmLabel', 'cancelLabel', 'children', 'text', 'hint', 'heading'])

const hasLetter = (text: string) => /\p{L}/u.test(text)

/** Words a person would read: a letter, and a capital or a space (lower case alone is a token). */
const looksLikeWords = (text: string) => hasLetter(text) && (/\s/.test(text.trim()) || /^\p{Lu}/u.test(text.trim()))

/** Outside JSX only whole phrases count: a capital, then a space or end punctuation. */
const isSentence = (text: string) => /^\p{Lu}\p{Ll}*[\s,.:;?!…’'-]/u.test(text.trim()) && /\s|[.?!…]$/.test(text.trim())

const isImportOrType = (node: ts.Node) =>
  ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || ts.isLiteralTypeNode(node.parent) || ts.isExternalModuleReference(node.parent)

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
  return null
}

function ignored(source: ts.SourceFile, node: ts.Node): boolean {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
  const lines = source.text.split('\n')
  return [lines[line], lines[line - 1]].some((text) => text?.includes('i18n-ignore'))
}

function attributeName(node: ts.JsxAttribute): string {
  return node.name.getText()
}

export function findHardcodedText(fileName: string, text: string): HardcodedText[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: HardcodedText[] = []
  const reported = new Set<number>()
  const report = (node: ts.Node, words: string) => {
    if (ignored(source, node) || reported.has(node.getStart(source))) return
    reported.add(node.getStart(source))
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
    found.push({ file: fileName, line: line + 1, text: words.trim().replace(/\s+/g, ' ').slice(0, 80) })
  }
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (hasLetter(node.text)) report(node, node.text)
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = attributeName(node)
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer
      if (!CODE_ATTRIBUTES.has(name) && value) {
        const words = literalText(value)
        if (words !== null && (looksLikeWords(words) || (ARIA_WORDS.has(name) && hasLetter(words)))) report(value, words)
        // Conditional values: label={busy ? 'Saving…' : 'Save'}
        if (value && ts.isConditionalExpression(value)) {
          for (const branch of [value.whenTrue, value.whenFalse]) {
            const branchWords = literalText(branch)
            if (branchWords !== null && looksLikeWords(branchWords)) report(branch, branchWords)
          }
        }
      }
      if (!CODE_ATTRIBUTES.has(name) && value && !literalText(value)) ts.forEachChild(value, visit)
      return
    } else if (ts.isJsxExpression(node) && node.expression && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const words = literalText(node.expression)
      if (words !== null && hasLetter(words)) report(node.expression, words)
    } else if (ts.isPropertyAssignment(node) && VISIBLE_KEYS.has(node.name.getText().replace(/['"]/g, ''))) {
      const words = literalText(node.initializer)
      if (words !== null && looksLikeWords(words)) report(node.initializer, words)
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && isSentence(literalText(node) ?? '') && !isImportOrType(node)) {
      // Anywhere else: a capitalised phrase is a sentence someone will read (labels in a table, errors).
      report(node, literalText(node) ?? '')
      return
    } else if (ts.isConditionalExpression(node) && node.parent && ts.isJsxExpression(node.parent)) {
      for (const branch of [node.whenTrue, node.whenFalse]) {
        const words = literalText(branch)
        if (words !== null && looksLikeWords(words)) report(branch, words)
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && node.parent && ts.isJsxExpression(node.parent)) {
      const words = literalText(node.right)
      if (words !== null && looksLikeWords(words)) report(node.right, words)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return filesUnder(path)
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Every hard-coded piece of text in the renderer's source, file by file. */
export function scanRenderer(root: string, folder = 'src/ui'): HardcodedText[] {
  return filesUnder(join(root, folder)).flatMap((path) => findHardcodedText(relative(root, path), readFileSync(path, 'utf8')))
}
