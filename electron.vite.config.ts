import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

const root = import.meta.dirname

/**
 * V8's explicit compile hint on the chunks the page loads before its first render: their
 * functions are compiled while the file streams in, off the main thread, instead of one by one
 * on the main thread as each is first called (~50 ms of start-up on the live screen). Lazy
 * chunks keep lazy compilation: most of their code never runs. The comment must open the file.
 */
function compileHintsForStartup(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n'
  return {
    name: 'hearth-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite has prepended its own preload map to the entry chunk.
      order: 'post',
      handler(_options, bundle) {
        const hint = (name: string) => {
          const chunk = bundle[name]
          if (chunk?.type !== 'chunk' || chunk.code.startsWith(HINT)) return
          chunk.code = HINT + chunk.code
          // One line more at the top: the source map, if any, starts one line later.
          const map = bundle[`${name}.map`]
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const parsed = JSON.parse(map.source) as { mappings: string }
            map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` })
          }
          chunk.imports.forEach(hint)
        }
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) hint(chunk.fileName)
      }
    }
  }
}

/**
 * index.html asks for the entry scripts first and their imports and stylesheet after. Anything
 * the page loads before the entries' tags (the test host's bridge script; an extension of the
 * page) then holds back every other file. The entries are preloaded with their imports, and
 * their tags move after them, in their order: all start downloading together. (Module scripts
 * run in order after parsing, wherever their tags are; the reads' one runs as soon as it can.)
 */
function entriesFetchedWithTheirImports(): Plugin {
  return {
    name: 'hearth-entries-last',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        // startupReads.ts is its own entry, run before the app's: the first screen's reads leave
        // as soon as this small file has loaded, while the app's code still downloads.
        const reads = Object.values(bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'startupReads')
        if (!reads) throw new Error('The startupReads entry chunk is missing')
        html = html.replace('<script type="module"', `<script type="module" crossorigin src="./${reads.fileName}"></script>\n    <script type="module"`)
        const entries = [...html.matchAll(/[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/g)]
        if (entries.length === 0) throw new Error('index.html has no module entry script to move')
        let moved = html
        for (const [tag, src] of entries) moved = moved.replace(tag, `    <link rel="modulepreload" crossorigin href="${src}">\n`)
        moved = moved.replace(/\s*<\/head>/, `\n${entries.map(([tag]) => `    ${tag.trim()}\n`).join('')}  </head>`)
        // The reads' script is async: it runs as soon as it has loaded, not after the stylesheet
        // has loaded and been parsed, as scripts in order must (nothing it does needs styles).
        const readsTag = `<script type="module" crossorigin src="./${reads.fileName}">`
        if (!moved.includes(readsTag)) throw new Error('The startupReads script tag is missing from index.html')
        return moved.replace(readsTag, `<script type="module" async crossorigin src="./${reads.fileName}">`)
      }
    }
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
      // lowdb and steno are ESM-only; bundling them keeps the main bundle self-contained.
      externalizeDeps: { exclude: ['lowdb', 'steno'] }
    }
  },
  preload: {
    build: {
      // A sandboxed preload cannot import anything but 'electron': bundle it whole, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(root, 'src/ui'),
    base: './',
    plugins: [react(), compileHintsForStartup(), entriesFetchedWithTheirImports()],
    build: {
      // The renderer is parsed on every launch: minified, it is a third of the size to read.
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'src/ui/index.html'), startupReads: resolve(root, 'src/ui/startupReads.ts') } }
    }
  }
})
