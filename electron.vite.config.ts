import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

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
    plugins: [react()],
    build: {
      // The renderer is parsed on every launch: minified, it is a third of the size to read.
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'src/ui/index.html') } }
    }
  }
})
