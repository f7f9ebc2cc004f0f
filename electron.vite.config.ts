import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

const root = import.meta.dirname

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

/**
 * @mantine/hooks' useId replaced by src/ui/lib/mantineUseId.ts (why: see there). Mantine's own
 * modules import it as './use-id/use-id.mjs' from the hooks' index; a Mantine that no longer does
 * fails the build here rather than silently losing the swap.
 */
function mantineIdsWithoutSecondRender(): Plugin {
  const replacement = resolve(root, 'src/ui/lib/mantineUseId.ts')
  let swapped = false
  return {
    name: 'hearth-mantine-use-id',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]@mantine[\\/]hooks[\\/]/.test(importer) || !/(^|\/)use-id\/use-id\.mjs$/.test(source)) return null
      swapped = true
      return replacement
    },
    buildEnd(error) {
      if (!error && !swapped) throw new Error("@mantine/hooks no longer imports './use-id/use-id.mjs': update mantineIdsWithoutSecondRender")
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
    // No V8 compile hint (//# allFunctionsCalledOnLoad) on the start-up chunks: it moves ~60 ms of
    // compiling off the main thread, but the main thread then waits, idle, until the whole 515 kB
    // entry chunk is compiled in the background (85 ms of CPU, 240-440 ms on a busy machine)
    // before it can run a line of it. Compiled lazily, only the functions that run are compiled.
    plugins: [react(), entriesFetchedWithTheirImports(), mantineIdsWithoutSecondRender()],
    build: {
      // The renderer is parsed on every launch: minified, it is a third of the size to read.
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'src/ui/index.html'), startupReads: resolve(root, 'src/ui/startupReads.ts') } }
    }
  }
})
