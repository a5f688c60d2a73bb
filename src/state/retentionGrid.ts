import type { ModelChoices, ModelInputs } from '../core';
import { cellSettingsOf } from '../core/kinetics/cellSettings';
import { RETENTION_AT_3C } from '../data/measurements';

/** Evenly spaced compositions of the retention curve, 0 to 1 in steps of 0.01. */
const EVEN_STEPS = 100;

/**
 * The compositions of the retention curve: an even grid plus the measured ones, so
 * the curve passes exactly through the x of every measured point it is compared with.
 */
export const RETENTION_XS: readonly number[] = [
  ...new Set([
    ...Array.from({ length: EVEN_STEPS + 1 }, (_, i) => Number((i / EVEN_STEPS).toFixed(4))),
    ...RETENTION_AT_3C.map((m) => m.xGe),
  ]),
].sort((a, b) => a - b);

/**
 * Compositions per worker call: about 60 ms of work at today's speed. A chunk cannot be
 * interrupted, and on a two-core machine one that is under way when a drag starts takes
 * a core from it: longer chunks showed up as dropped frames at the start of a drag.
 */
export const RETENTION_CHUNK = 2;

/** The grid cut into the chunks sent one after another, left to right. */
export const RETENTION_CHUNKS: readonly (readonly number[])[] = Array.from(
  { length: Math.ceil(RETENTION_XS.length / RETENTION_CHUNK) },
  (_, i) => RETENTION_XS.slice(i * RETENTION_CHUNK, (i + 1) * RETENTION_CHUNK),
);

/**
 * What the retention curve depends on: the cell, whatever x is. Taken from the core's own
 * description of a cell (a module apart from the solver, which the page's first download
 * must not carry), so a setting the core starts to use restarts the curve without a change
 * here, and one it ignores (profile rates, snapshot) never does.
 */
export const retentionKeyOf = (inputs: ModelInputs, choices: ModelChoices): string =>
  JSON.stringify(cellSettingsOf({ ...inputs, xGe: 0 }, choices));
