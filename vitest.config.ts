import { defineConfig } from 'vitest/config';

// Unit tests: pure modules and content checks, run in Node. Browser tests have their own config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
