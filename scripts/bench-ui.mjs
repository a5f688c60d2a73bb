// `npm run bench:ui` — how the built app feels in a real browser. A benchmark, not a test:
// it prints figures, PASS/MISS against targets for the first scenarios, and always exits 0.
//
// Setup: builds dist/ if missing (or with --build), serves it under /lab/wiki/sige/ with
// COOP/COEP (cross-origin isolated, so performance.now() is not coarsened to 100 µs), and
// drives the system Chromium (scripts/chromium.mjs) headless through playwright-core.
//
// What is measured, and how:
// - Bundle: gzip size of the JS loaded at startup (scripts/bundle-size.mjs: the entry script
//   and modulepreloads named by dist/index.html plus the chunks they import statically) and,
//   separately, of the worker chunk (loaded later by `new Worker`), and of the CSS.
// - First chart: an init script installs a MutationObserver before any app code runs; the
//   moment (performance.now(), i.e. ms since navigation start) at which
//   svg[data-testid="conductivity-chart"] first carries data-rendered-x. Median of 3 cold loads.
// - Input → paint while dragging: the mouse (real CDP input events, one move per ~16.7 ms)
//   drags the x slider back and forth for --seconds (default 4). In the page we record
//   every `input` event on the slider (event.timeStamp, value) and every change of
//   data-rendered-x with the frame that paints it (scripts/bench-ui-page.mjs says how).
//   Each input is answered by the first painted render whose value is that input's value or
//   a later input's (superseded inputs count until the newer value shows, as a user sees it).
//   Latency = paint time − input event.timeStamp. Prints median, p95 (nearest rank), max.
// - Frames while dragging: rAF timestamps; dropped = intervals > 1.5 × the median interval.
//   Also printed, as a diagnostic: main-thread long tasks (PerformanceObserver 'longtask').
// - The electrode figures (scripts/bench-ui-electrode.mjs): a live drag with them in view,
//   and keyboard steps while the retention sweep fills. Numbers only.
//
//   npm run bench:ui [-- --seconds 4] [-- --build] [-- --no-electrode]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, posix } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { electrodeScenarios } from './bench-ui-electrode.mjs';
import { drag, frameStats, inputLatencies, instrument, sleep } from './bench-ui-page.mjs';
import { median, ms, quantile } from './bench-stats.mjs';
import { bundleSizes, kB } from './bundle-size.mjs';
import { chromiumVersion, ensureChromium, LAUNCH_ARGS } from './chromium.mjs';
import { resolveBin } from './resolve-bin.mjs';
import { startStaticServer } from './static-server.mjs';

const DIST = 'dist';
const CHART = 'svg[data-testid="conductivity-chart"]';
const SLIDER = 'input[type=range][data-testid="x-slider"]';
const TARGETS = { p95Ms: 33, dropped: 0, jsKb: 150, jsIssue11Kb: 120, firstChartMs: 1000 };

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    build: { type: 'boolean', default: false },
    loads: { type: 'string', default: '3' },
    'no-electrode': { type: 'boolean', default: false },
  },
});
const dragMs = Number(options.seconds) * 1000;

async function firstChart(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(instrument, { targets: { chart: CHART }, sliders: SLIDER });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstPainted !== null, null, { timeout: 30_000 });
  const result = await page.evaluate(() => ({
    rendered: window.__bench.firstRendered,
    painted: window.__bench.firstPainted,
    isolated: self.crossOriginIsolated,
  }));
  return { ...result, page, context, errors };
}

async function main() {
  if (options.build || !existsSync(join(DIST, 'index.html'))) {
    console.log('Building dist/ (vite build)…');
    const built = spawnSync(process.execPath, [resolveBin('vite'), 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const sizes = bundleSizes();
  const chromiumPath = ensureChromium();
  const server = await startStaticServer({ root: DIST, crossOriginIsolated: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: LAUNCH_ARGS });
  try {
    const loads = [];
    for (let i = 0; i < Number(options.loads); i += 1) {
      const load = await firstChart(browser, server.url);
      loads.push(load);
      if (i < Number(options.loads) - 1) await load.context.close();
    }
    const last = loads[loads.length - 1];
    await sleep(500);
    const run = await drag(last.page, SLIDER, { dragMs });
    await last.context.close();
    const electrode = options['no-electrode']
      ? { lines: [], errors: [], checks: [] }
      : await electrodeScenarios(browser, server.url, { dragMs });
    const errors = [...loads.flatMap((l) => l.errors), ...electrode.errors];

    const { latencies, toDom, unanswered } = inputLatencies(run.inputs, run.renders);
    const { medianInterval, dropped: dropTimes } = frameStats(run.frames);
    const dropped = dropTimes.length;
    const firstRendered = median(loads.map((l) => l.rendered));
    const firstPainted = median(loads.map((l) => l.painted));
    const p95 = quantile(latencies, 0.95);

    const dir = (f) => posix.basename(f);
    console.log('\nSiGe Explorer — UI benchmark');
    console.log(`browser: ${chromiumVersion(chromiumPath) || chromiumPath}, headless`);
    const load = loadavg().map((l) => l.toFixed(1));
    console.log(`machine: ${availableParallelism()} CPUs, load average ${load.join(' ')}`);
    if (loadavg()[0] > availableParallelism()) {
      console.log('WARNING: the machine is busy: latencies and frame drops are inflated');
    }
    console.log(`served at ${server.url} with COOP/COEP; crossOriginIsolated = ${last.isolated}`);
    if (!last.isolated) console.log('WARNING: not cross-origin isolated: timings are coarse');
    if (errors.length) console.log(`WARNING: page errors: ${errors.join(' | ')}`);
    if (sizes.devBuild) console.log('WARNING: dist/ holds a development build: rerun with --build');
    console.log('\nBundle (gzip, zlib default level; 1 kB = 1000 B)');
    console.log(
      `  initial JS    ${kB(sizes.initialGzip)} gzip (${kB(sizes.initialRaw)} raw): ${sizes.initial.map(dir).join(', ')}`,
    );
    console.log(
      `  worker chunk  ${kB(sizes.workerGzip)} gzip: ${sizes.workers.map(dir).join(', ') || 'none found'}`,
    );
    console.log(`  CSS           ${kB(sizes.cssGzip)} gzip: ${sizes.css.map(dir).join(', ')}`);
    console.log('\nFirst chart (ms after navigation start, median of cold loads)');
    console.log(
      `  data-rendered-x set ${ms(firstRendered)} (loads: ${loads.map((l) => l.rendered.toFixed(0)).join(', ')} ms); painted ${ms(firstPainted)}`,
    );
    console.log(`\nDragging the x slider for ${(run.elapsed / 1000).toFixed(1)} s`);
    console.log(
      `  ${run.moves} mouse moves, ${run.inputs.length} input events, ${run.renders.length} chart updates painted, ${unanswered} inputs never drawn`,
    );
    console.log(
      `  input→paint latency: median ${ms(median(latencies))}, p95 ${ms(p95)}, max ${ms(Math.max(...latencies))} (n = ${latencies.length})`,
    );
    console.log(
      `  frames: ${run.frames.length}, median interval ${ms(medianInterval)}, dropped (interval > ${ms(1.5 * medianInterval)}): ${dropped}`,
    );

    if (dropTimes.length) {
      console.log(
        `  dropped frames at ${dropTimes.map(([d, t]) => `${ms(t)} (${ms(d)} long)`).join(', ')} into the drag`,
      );
    }
    console.log(
      `  input→data-rendered-x (before paint): median ${ms(median(toDom))}, p95 ${ms(quantile(toDom, 0.95))}`,
    );
    const longest = Math.max(0, ...run.longTasks);
    const blocked = run.longTasks.reduce((total, d) => total + d, 0);
    console.log(
      `  main-thread long tasks (> 50 ms): ${run.longTasks.length}, longest ${ms(longest)}, total ${ms(blocked)}`,
    );

    for (const line of electrode.lines) console.log(line);

    const jsKb = sizes.initialGzip / 1000;
    const verdict = (ok) => (ok ? 'PASS' : 'MISS');
    console.log('\nTargets');
    console.log(`  ${verdict(p95 <= TARGETS.p95Ms)}  p95 ≤ ${TARGETS.p95Ms} ms  (${ms(p95)})`);
    console.log(`  ${verdict(dropped <= TARGETS.dropped)}  0 dropped  (${dropped})`);
    console.log(
      `  ${verdict(jsKb <= TARGETS.jsKb)}  JS ≤ ${TARGETS.jsKb} kB gzip  (${kB(sizes.initialGzip)})`,
    );
    console.log(
      `  ${verdict(firstRendered < TARGETS.firstChartMs)}  first chart < ${TARGETS.firstChartMs} ms  (${ms(firstRendered)})`,
    );
    console.log(
      `  ${verdict(jsKb <= TARGETS.jsIssue11Kb)}  initial JS ≤ ${TARGETS.jsIssue11Kb} kB gzip (issue 11)  (${kB(sizes.initialGzip)})`,
    );
    for (const [label, ok, shown] of electrode.checks) {
      console.log(`  ${verdict(ok)}  ${label}  (${shown})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench:ui could not complete: ${error instanceof Error ? error.message : error}`);
  console.log('Targets: not measured');
}
process.exit(0);
