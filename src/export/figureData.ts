import type { ConductivityPoint } from '../core';
import { ELECTRONIC_CONDUCTIVITY, IONIC_CONDUCTIVITY } from '../data/measurements';
import type { Cited } from '../format/citation';
import type { ExportSettings } from './exportSettings';

/** One row of a figure's table: column name (with its unit) to value. */
export type DataRow = Readonly<Record<string, number | string>>;

/**
 * What a figure offers for download: its name and the rows of what it draws. The file name
 * and the settings block are added when it is saved (figureCsv.ts), from `settings` when the
 * figure knows what it was computed for, else from the page's current settings.
 */
export interface FigureData {
  /** Stable, file-name-safe name of the figure: the start of the file name. */
  readonly id: string;
  /** The figure's name in words, for the file's header. */
  readonly title: string;
  /** The inputs and choices the figure was computed for, when it carries them. */
  readonly settings?: ExportSettings;
  /** The table runs across compositions: the file name then leaves out the current x. */
  readonly spansComposition?: boolean;
  /** Further settings for the file name (cathode, N/P), file-name safe. */
  readonly tags?: readonly string[];
  /** The measured data the figure draws, cited in the caption of its image (none: model only). */
  readonly sources?: readonly Cited[];
  /** Built on demand (a click), not on every render. */
  readonly rows: () => readonly DataRow[];
}

// Column names follow the CLI's JSON keys: the unit is part of the name. The electrode
// model's figures have theirs in kineticsFigureData.ts, the diffusivity figure in
// diffusivityData.ts: each with the code of what draws it.

export const conductivityData = (sweep: readonly ConductivityPoint[]): FigureData => ({
  id: 'sige-conductivity',
  title: 'Conductivity versus composition',
  sources: [...ELECTRONIC_CONDUCTIVITY, ...IONIC_CONDUCTIVITY],
  spansComposition: true,
  rows: () =>
    sweep.map((p) => ({
      xGe: p.xGe,
      sigmaElectronic_S_per_cm: p.electronic,
      sigmaIonic_S_per_cm: p.ionic,
      sigmaAmbipolar_S_per_cm: p.ambipolar,
    })),
});
