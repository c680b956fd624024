import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for asynchronous UI; a busy machine is slow, not wrong.
          expect: { poll: { timeout: 20_000 } },
          // Two cores: one browser at a time keeps timings honest and memory low.
          fileParallelism: false,
        },
      },
    ],
  },
});
