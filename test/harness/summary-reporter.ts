import type { SerializedError } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", which CI reads to count the tests
 * (vitest's own summary is not a format it knows). A file or suite that failed outside its tests (a set-up that
 * threw, a file that did not load) and an unhandled error each count as one failure: their tests never ran and
 * would otherwise read as skipped, and the line as a clean run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of modules) {
      for (const suite of [module, ...module.children.allSuites()]) {
        failed += suite.errors().length > 0 ? 1 : 0;
      }
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') {
          passed += 1;
        } else if (state === 'failed') {
          failed += 1;
        } else {
          skipped += 1;
        }
      }
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
