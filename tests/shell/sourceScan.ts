import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

/** Repository root (this file lives in tests/shell/). */
export const ROOT = resolve(import.meta.dirname, '../..')

export interface SourceFile {
  /** Path relative to the repository root, always with forward slashes. */
  path: string
  text: string
  ast: ts.SourceFile
}

/** Every .ts/.tsx file under the given repository-relative folders (node_modules and out excluded). */
export function sourceFiles(...folders: string[]): SourceFile[] {
  const found: SourceFile[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'out') continue
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.tsx?$/.test(entry.name)) {
        const text = readFileSync(full, 'utf8')
        const kind = entry.name.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
        found.push({
          path: relative(ROOT, full).split(sep).join('/'),
          text,
          ast: ts.createSourceFile(full, text, ts.ScriptTarget.Latest, true, kind)
        })
      }
    }
  }
  for (const folder of folders) walk(join(ROOT, folder))
  return found.sort((a, b) => a.path.localeCompare(b.path))
}

/** Depth-first visit of every node. */
export function visit(node: ts.Node, fn: (node: ts.Node) => void): void {
  fn(node)
  node.forEachChild((child) => visit(child, fn))
}

/**
 * Every module a file pulls in, by any route: `import … from`, `import type`, side-effect
 * imports, `export … from`, `import x = require()`, `require()` and dynamic `import()`.
 */
export function moduleSpecifiers(file: SourceFile): string[] {
  const specs: string[] = []
  visit(file.ast, (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specs.push(node.moduleSpecifier.text)
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression
      if (ts.isStringLiteral(expr)) specs.push(expr.text)
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require'
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword
      const first = node.arguments[0]
      if ((isRequire || isDynamicImport) && first && ts.isStringLiteralLike(first)) specs.push(first.text)
    }
  })
  return specs
}

/**
 * The same, found by a plain regular expression over the text: a second, independent net in case
 * a construct slips past the AST walk above (it also catches specifiers inside comments).
 */
export function moduleSpecifiersByRegex(text: string): string[] {
  const specs: string[] = []
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:require|import)\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g
  ]
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) if (match[1]) specs.push(match[1])
  return specs
}

/** The 1-based line of a node, for readable failure messages. */
export function lineOf(file: SourceFile, node: ts.Node): number {
  return file.ast.getLineAndCharacterOfPosition(node.getStart(file.ast)).line + 1
}

/** Strips `as`, `satisfies`, parentheses and non-null assertions off an expression. */
export function unwrap(expr: ts.Expression): ts.Expression {
  let current = expr
  while (
    ts.isSatisfiesExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isParenthesizedExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression
  }
  return current
}
