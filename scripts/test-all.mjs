// `npm test`: every check, in order, none skipped silently.
//
//   1. npm run typecheck         5. npm run calibrate -- --check
//   2. npm run lint              6. unit + component tests (vitest, JSON → test-results/unit.json)
//   3. npm run format:check      7. e2e tests (scripts/e2e.mjs, JSON → test-results/e2e.json)
//   4. import cycles             8. bundle budget (scripts/check-bundle.mjs, on the build of 7)
//      (scripts/check-cycles.mjs)
//
// Every step runs even when an earlier one failed (pass --bail to stop at the first failure),
// so one run shows everything that is wrong. Static checks count as failed steps, not as tests.
// Passed/failed tests are summed from the runners' JSON reports; a runner that exits
// non-zero with no failed test in its report (setup error, no report) adds one failed test.
// The last line printed is exactly `N passed, N failed`; it is also written to
// test-results/summary.txt. Exit code 1 if any step or test failed, or if no test ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolveBin } from './resolve-bin.mjs';

const RESULTS_DIR = 'test-results';
const bail = process.argv.includes('--bail');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const steps = [
  { name: 'typecheck', command: npm, args: ['run', 'typecheck'] },
  { name: 'lint', command: npm, args: ['run', 'lint'] },
  { name: 'format:check', command: npm, args: ['run', 'format:check'] },
  { name: 'import cycles', command: process.execPath, args: ['scripts/check-cycles.mjs'] },
  { name: 'calibrate --check', command: npm, args: ['run', 'calibrate', '--', '--check'] },
  {
    name: 'unit + component tests',
    command: process.execPath,
    args: [
      resolveBin('vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${RESULTS_DIR}/unit.json`,
    ],
    report: `${RESULTS_DIR}/unit.json`,
  },
  {
    name: 'e2e tests',
    command: process.execPath,
    args: ['scripts/e2e.mjs'],
    report: `${RESULTS_DIR}/e2e.json`,
  },
  // After the e2e step, which builds dist/ (unless E2E_SKIP_BUILD=1 reuses one).
  { name: 'bundle budget', command: process.execPath, args: ['scripts/check-bundle.mjs'] },
];

/**
 * Counts from a vitest JSON report. A test file that failed before running its tests
 * (import error, failing hook) counts as one failed test, so it cannot pass unnoticed.
 */
function countReport(path) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    const failedInFile = (file.assertionResults ?? []).filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedInFile === 0) failed += 1;
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

mkdirSync(RESULTS_DIR, { recursive: true });
const results = [];
let stopped = false;
for (const [index, step] of steps.entries()) {
  if (stopped) {
    results.push({ step, ok: false, note: 'not run (--bail after an earlier failure)' });
    continue;
  }
  const shown = [step.command === process.execPath ? 'node' : 'npm', ...step.args]
    .join(' ')
    .replace(/\S*node_modules\/vitest\/vitest\.mjs/, 'vitest');
  console.log(`\n=== [${index + 1}/${steps.length}] ${step.name}: ${shown}`);
  if (step.report) rmSync(step.report, { force: true });

  const started = Date.now();
  const run = spawnSync(step.command, step.args, { stdio: 'inherit' });
  const elapsed = seconds(Date.now() - started);
  const exit = run.error ? run.error.message : run.signal ? `signal ${run.signal}` : run.status;
  const result = { step, ok: run.status === 0, note: `exit ${exit}, ${elapsed}` };

  if (step.report) {
    try {
      result.counts = countReport(step.report);
    } catch (error) {
      result.ok = false;
      result.note += `; no usable JSON report at ${step.report} (${error.message.split('\n')[0]})`;
      result.counts = { passed: 0, failed: 0, skipped: 0 };
    }
    // A runner that failed outside any test (setup, build, no test files, crash) still
    // counts as one failed test, so the summary line cannot read "0 failed".
    if (!result.ok && result.counts.failed === 0) {
      result.counts.failed = 1;
      result.note += '; the runner failed outside any test: counted as 1 failed';
    }
  }
  results.push(result);
  if (!result.ok && bail) stopped = true;
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\n=== Summary');
for (const { step, ok, note, counts } of results) {
  let line = `${ok ? 'ok    ' : 'FAILED'}  ${step.name} (${note})`;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
    line += `: ${counts.passed} passed, ${counts.failed} failed`;
    if (counts.skipped) line += `, ${counts.skipped} skipped`;
  }
  console.log(line);
}
const failedSteps = results.filter((r) => !r.ok).map((r) => r.step.name);
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
if (skipped) console.log(`${skipped} tests skipped or todo`);
if (passed + failed === 0) console.log('No tests ran: that is a failure.');

const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${RESULTS_DIR}/summary.txt`, `${summary}\n`);
console.log(summary);
process.exitCode = failedSteps.length || failed || passed + failed === 0 ? 1 : 0;
