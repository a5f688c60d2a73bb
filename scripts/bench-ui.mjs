// `npm run bench:ui` — how the built app feels in a real browser. A benchmark, not a test:
// it prints figures and PASS/MISS against targets, and always exits 0.
//
// Setup: builds dist/ if missing (or with --build), serves it under /lab/wiki/sige/ with
// COOP/COEP (cross-origin isolated, so performance.now() is not coarsened to 100 µs), and
// drives the system Chromium (scripts/chromium.mjs) headless through playwright-core.
//
// What is measured, and how:
// - Bundle: gzip size (zlib, default level) of the JS loaded at startup — the entry script
//   and modulepreloads named by dist/index.html plus the chunks they import statically —
//   and, separately, of the worker chunk (loaded later by `new Worker`), and of the CSS.
// - First chart: an init script installs a MutationObserver before any app code runs; the
//   moment (performance.now(), i.e. ms since navigation start) at which
//   svg[data-testid="conductivity-chart"] first carries data-rendered-x. Median of 3 cold loads.
// - Input → paint while dragging: the mouse (real CDP input events, one move per ~16.7 ms)
//   drags the x slider back and forth for --seconds (default 4). In the page we record
//   - every `input` event on the slider: event.timeStamp and the slider value;
//   - every change of data-rendered-x (MutationObserver) and the frame that paints it.
//     A rAF loop numbers the frames and, from its callback, posts a MessageChannel message
//     that runs right after that frame's style/layout/paint; a ResizeObserver on a 1-px probe
//     (resized every frame) fires after the frame's layout. A change made between our rAF
//     callback and that ResizeObserver callback is painted by the current frame, any other
//     change by the next frame; its paint time is when that frame's message runs.
//   Each input is answered by the first painted render whose value is that input's value or
//   a later input's (superseded inputs count until the newer value shows, as a user sees it).
//   Latency = paint time − input event.timeStamp. Prints median, p95 (nearest rank), max.
// - Frames while dragging: rAF timestamps; dropped = intervals > 1.5 × the median interval.
//   Also printed, as a diagnostic: main-thread long tasks (PerformanceObserver 'longtask').
//
//   npm run bench:ui [-- --seconds 4] [-- --build]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, posix } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumVersion, ensureChromium, LAUNCH_ARGS } from './chromium.mjs';
import { resolveBin } from './resolve-bin.mjs';
import { startStaticServer } from './static-server.mjs';

const DIST = 'dist';
const CHART = 'svg[data-testid="conductivity-chart"]';
const SLIDER = 'input[type=range][data-testid="x-slider"]';
const TARGETS = { p95Ms: 33, dropped: 0, jsKb: 150, firstChartMs: 1000 };

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    build: { type: 'boolean', default: false },
    loads: { type: 'string', default: '3' },
  },
});
const dragMs = Number(options.seconds) * 1000;

// ---------------------------------------------------------------- bundle sizes

const gz = (path) => gzipSync(readFileSync(path)).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Relative specifiers of static imports/re-exports in a built ES module (not import()). */
function staticImports(code) {
  const found = new Set();
  const pattern = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
  for (const match of code.matchAll(pattern)) {
    if (match[1].startsWith('.')) found.add(match[1]);
  }
  return [...found];
}

/** Follows static imports from the given files (paths relative to dist/). */
function closure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(join(DIST, file))) continue;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const spec of staticImports(code)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  return [...seen];
}

function bundleSizes() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = (re) => [...html.matchAll(re)].map((m) => posix.normalize(m[1].replace(/^\//, '')));
  const scripts = refs(/<script[^>]*\bsrc="([^"]+\.m?js)"/g);
  const preloads = refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g);
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const isWorker = (file) => /worker/i.test(posix.basename(file));
  const initial = closure([...scripts, ...preloads]).filter((f) => !isWorker(f));

  const assets = existsSync(join(DIST, 'assets')) ? readdirSync(join(DIST, 'assets')) : [];
  const workers = assets.filter((f) => isWorker(f) && /\.m?js$/.test(f)).map((f) => `assets/${f}`);
  const sum = (files, size) => files.reduce((total, f) => total + size(join(DIST, f)), 0);
  const raw = (path) => readFileSync(path).length;
  const devBuild = initial.some((f) =>
    readFileSync(join(DIST, f), 'utf8').includes('Download the React DevTools'),
  );
  return {
    devBuild,
    initial,
    initialGzip: sum(initial, gz),
    initialRaw: sum(initial, raw),
    workers,
    workerGzip: sum(workers, gz),
    css,
    cssGzip: sum(css, gz),
  };
}

// ---------------------------------------------------------------- in-page instrumentation

/** Runs in the page before any app code (page.addInitScript). */
function instrument({ chart, slider }) {
  const bench = {
    firstRendered: null,
    firstPainted: null,
    recording: false,
    inputs: [],
    renders: [],
    frames: [],
    longTasks: [],
    pointerMoves: 0,
  };
  try {
    new PerformanceObserver((list) => {
      if (!bench.recording) return;
      for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  } catch {
    // Long-task timing is a diagnostic only.
  }
  window.__bench = bench;

  // Frame bookkeeping. `inRenderSteps` is true from our rAF callback (early in the frame's
  // rendering steps) until a ResizeObserver callback (after that frame's layout, just before
  // paint): a DOM change in between is painted by this frame, any other by the next one.
  // The MessageChannel message posted from the rAF callback runs after the frame's paint.
  let frameId = 0;
  let inRenderSteps = false;
  let lastValue = null;
  const waiting = [];
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText =
    'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;pointer-events:none;contain:strict';
  new ResizeObserver(() => (inRenderSteps = false)).observe(probe);
  const attachProbe = () => document.documentElement.append(probe);
  if (document.documentElement) attachProbe();
  else document.addEventListener('readystatechange', attachProbe, { once: true });

  const channel = new MessageChannel();
  channel.port1.onmessage = ({ data: paintedFrame }) => {
    const now = performance.now();
    for (let i = waiting.length - 1; i >= 0; i -= 1) {
      const render = waiting[i];
      if (render.frame > paintedFrame) continue;
      waiting.splice(i, 1);
      render.painted = now;
      if (bench.firstPainted === null) bench.firstPainted = now;
      if (render.recording) bench.renders.push(render);
    }
  };
  const onFrame = (timestamp) => {
    frameId += 1;
    inRenderSteps = true;
    probe.style.width = `${1 + (frameId % 2)}px`;
    if (bench.recording) bench.frames.push(timestamp);
    channel.port2.postMessage(frameId);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);

  const observer = new MutationObserver(() => {
    const raw = document.querySelector(chart)?.getAttribute('data-rendered-x');
    if (raw == null || raw === '' || raw === lastValue) return;
    lastValue = raw;
    const now = performance.now();
    if (bench.firstRendered === null) bench.firstRendered = now;
    waiting.push({
      value: Number(raw),
      changed: now,
      frame: inRenderSteps ? frameId : frameId + 1,
      recording: bench.recording,
    });
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-rendered-x'],
  });

  document.addEventListener(
    'input',
    (event) => {
      if (!bench.recording || !(event.target instanceof Element)) return;
      if (!event.target.matches(slider)) return;
      bench.inputs.push({ t: event.timeStamp, value: Number(event.target.value) });
    },
    true,
  );
  document.addEventListener('pointermove', () => (bench.pointerMoves += 1), true);
}

// ---------------------------------------------------------------- statistics

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  if (!xs.length) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

/** Pairs inputs with the paint that first shows their value or a later one. */
function inputLatencies(inputs, renders) {
  const latencies = [];
  const toDom = [];
  let next = 0;
  for (const render of [...renders].sort((a, b) => a.changed - b.changed)) {
    let answered = -1;
    for (let i = inputs.length - 1; i >= next; i -= 1) {
      if (inputs[i].t <= render.changed && Math.abs(inputs[i].value - render.value) < 1e-9) {
        answered = i;
        break;
      }
    }
    for (; next <= answered; next += 1) {
      latencies.push(render.painted - inputs[next].t);
      toDom.push(render.changed - inputs[next].t);
    }
  }
  return { latencies, toDom, unanswered: inputs.length - next };
}

// ---------------------------------------------------------------- run

const sleep = (msToWait) => new Promise((resolve) => setTimeout(resolve, msToWait));

async function firstChart(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(instrument, { chart: CHART, slider: SLIDER });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstPainted !== null, null, { timeout: 30_000 });
  const result = await page.evaluate(() => ({
    rendered: window.__bench.firstRendered,
    painted: window.__bench.firstPainted,
    isolated: self.crossOriginIsolated,
  }));
  return { ...result, page, context, errors };
}

/**
 * Drags with raw CDP mouse events at 60 Hz without waiting for each to be handled (a real
 * mouse does not wait for the page either); at most 3 events are in flight.
 */
async function drag(page) {
  const box = await page.locator(SLIDER).boundingBox();
  if (!box) throw new Error('x slider not found');
  const cdp = await page.context().newCDPSession(page);
  const y = box.y + box.height / 2;
  const at = (fraction) => box.x + box.width * (0.05 + 0.9 * fraction);
  const mouse = (type, x, extra = {}) =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', ...extra });
  const period = 1600;
  await mouse('mouseMoved', at(0), { button: 'none' });
  await mouse('mousePressed', at(0), { buttons: 1, clickCount: 1 });
  await sleep(200);
  await page.evaluate(() => (window.__bench.recording = true));
  const start = Date.now();
  const inFlight = [];
  let moves = 0;
  for (let tick = 1; Date.now() - start < dragMs; tick += 1) {
    const phase = ((Date.now() - start) % period) / period;
    inFlight.push(mouse('mouseMoved', at(phase < 0.5 ? 2 * phase : 2 - 2 * phase), { buttons: 1 }));
    moves += 1;
    if (inFlight.length >= 3) await inFlight.shift();
    await sleep(Math.max(0, start + tick * (1000 / 60) - Date.now()));
  }
  await Promise.all(inFlight);
  const elapsed = Date.now() - start;
  await sleep(500);
  await mouse('mouseReleased', at(0.5), { buttons: 0, clickCount: 1 });
  const data = await page.evaluate(() => {
    window.__bench.recording = false;
    const { inputs, renders, frames, longTasks, pointerMoves } = window.__bench;
    return { inputs, renders, frames, longTasks, pointerMoves };
  });
  await cdp.detach();
  return { ...data, moves, elapsed };
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
    const run = await drag(last.page);
    const errors = loads.flatMap((l) => l.errors);
    await last.context.close();

    const { latencies, toDom, unanswered } = inputLatencies(run.inputs, run.renders);
    const intervals = run.frames.slice(1).map((t, i) => t - run.frames[i]);
    const medianInterval = median(intervals);
    const dropped = intervals.filter((d) => d > 1.5 * medianInterval).length;
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

    const dropTimes = intervals
      .map((d, i) => [d, run.frames[i + 1] - run.frames[0]])
      .filter(([d]) => d > 1.5 * medianInterval);
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
