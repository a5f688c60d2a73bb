// The in-page half of `npm run bench:ui`, shared by its scenarios
// (scripts/bench-ui.mjs, scripts/bench-ui-electrode.mjs).
//
// How a paint is timed: a rAF loop numbers the frames and, from its callback, posts a
// MessageChannel message that runs right after that frame's style/layout/paint; a
// ResizeObserver on a 1-px probe (resized every frame) fires after the frame's layout. A
// change made between our rAF callback and that ResizeObserver callback is painted by the
// current frame, any other change by the next frame; its paint time is when that frame's
// message runs. Changes are those of the data-rendered-x attribute of each watched element.

import { median } from './bench-stats.mjs';

export const sleep = (msToWait) => new Promise((resolve) => setTimeout(resolve, msToWait));

/**
 * Runs in the page before any app code (page.addInitScript). `targets`: name → selector of
 * an element whose data-rendered-x is watched (the first one times the first chart);
 * `sliders`: selector of the range inputs whose `input` events are recorded.
 */
export function instrument({ targets, sliders }) {
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

  let frameId = 0;
  let inRenderSteps = false;
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
      if (render.first && bench.firstPainted === null) bench.firstPainted = now;
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

  const names = Object.keys(targets);
  const lastValue = {};
  new MutationObserver(() => {
    for (const target of names) {
      const raw = document.querySelector(targets[target])?.getAttribute('data-rendered-x');
      if (raw == null || raw === '' || raw === lastValue[target]) continue;
      lastValue[target] = raw;
      const now = performance.now();
      const first = target === names[0];
      if (first && bench.firstRendered === null) bench.firstRendered = now;
      waiting.push({
        target,
        first,
        value: Number(raw),
        changed: now,
        frame: inRenderSteps ? frameId : frameId + 1,
        recording: bench.recording,
      });
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-rendered-x'],
  });

  document.addEventListener(
    'input',
    (event) => {
      if (!bench.recording || !(event.target instanceof Element)) return;
      if (!event.target.matches(sliders)) return;
      bench.inputs.push({ t: event.timeStamp, value: Number(event.target.value) });
    },
    true,
  );
  document.addEventListener('pointermove', () => (bench.pointerMoves += 1), true);
}

/**
 * Pairs inputs with the paint that first shows their value or a later one (superseded
 * inputs count until the newer value shows, as a user sees it).
 */
export function inputLatencies(inputs, renders) {
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

/** Frame intervals of a recording and those longer than 1.5 × their median. */
export function frameStats(frames) {
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  const medianInterval = median(intervals);
  const dropped = intervals
    .map((d, i) => [d, frames[i + 1] - frames[0]])
    .filter(([d]) => d > 1.5 * medianInterval);
  return { intervals, medianInterval, dropped };
}

/**
 * Drags a range input with raw CDP mouse events at 60 Hz, back and forth across it every
 * 1.6 s, without waiting for each to be handled (a real mouse does not wait for the page
 * either); at most 3 events are in flight. Records from 200 ms after the press until
 * `settleMs` after the release.
 */
export async function drag(page, selector, { dragMs, settleMs = 0 }) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} not found`);
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
  let x = at(0);
  for (let tick = 1; Date.now() - start < dragMs; tick += 1) {
    const phase = ((Date.now() - start) % period) / period;
    x = at(phase < 0.5 ? 2 * phase : 2 - 2 * phase);
    inFlight.push(mouse('mouseMoved', x, { buttons: 1 }));
    moves += 1;
    if (inFlight.length >= 3) await inFlight.shift();
    await sleep(Math.max(0, start + tick * (1000 / 60) - Date.now()));
  }
  await Promise.all(inFlight);
  const elapsed = Date.now() - start;
  await sleep(500);
  // Where the last move left the thumb: a release elsewhere would move it once more.
  await mouse('mouseReleased', x, { buttons: 0, clickCount: 1 });
  await sleep(settleMs);
  const data = await page.evaluate(() => {
    window.__bench.recording = false;
    const { inputs, renders, frames, longTasks, pointerMoves } = window.__bench;
    return { inputs, renders, frames, longTasks, pointerMoves };
  });
  await cdp.detach();
  return { ...data, moves, elapsed };
}
