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
 * index.html asks for the entry script first and its imports and stylesheet after. Anything the
 * page loads before the entry's tag (the test host's bridge script; an extension of the page)
 * then holds back every other file. The entry is preloaded with its imports, and its tag moves
 * after them: all start downloading together. (Module scripts run after parsing wherever they are.)
 */
function entryFetchedWithItsImports(): Plugin {
  return {
    name: 'hearth-entry-last',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/.exec(html)
        if (!entry) throw new Error('index.html has no module entry script to move')
        const [tag, src] = entry
        return html
          .replace(tag, `    <link rel="modulepreload" crossorigin href="${src}">\n`)
          .replace('</head>', `  ${tag.trim()}\n  </head>`)
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
    plugins: [react(), compileHintsForStartup(), entryFetchedWithItsImports()],
    build: {
      // The renderer is parsed on every launch: minified, it is a third of the size to read.
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'src/ui/index.html') } }
    }
  }
})
