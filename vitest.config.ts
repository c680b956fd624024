import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slowest browser files start first, so the two workers finish together. Vitest orders by the
 * durations of the last run, but a clean clone has none and it falls back to the largest files
 * first, which would leave the small, long axe file to the end.
 */
const slowestFirst = ['accessibility', 'search', 'reader-notes-model', 'site-checks', 'reader-notes-kept'];
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = slowestFirst.findIndex((name) => file.moduleId.endsWith(`/tests/e2e/${name}.test.ts`));
      return index < 0 ? slowestFirst.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // Two files at a time (Vitest's default is one fewer than the cores: one, on 2 cores). The
    // browser tests mostly wait on pages, so two Chromiums side by side nearly halve the time.
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
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
        },
      },
    ],
  },
});
