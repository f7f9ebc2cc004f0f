import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/services/**/*.test.ts', 'tests/shell/**/*.test.ts', 'tests/ui/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000
  }
})
