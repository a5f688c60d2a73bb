import {
  electrodeSizeOf,
  heldInputOf,
  CHOICE_KEYS,
  CHOICE_SPECS,
  INPUT_KEYS,
  INPUT_SPECS,
  type ModelChoices,
  type ModelInputs,
} from '../core';
import { whatIfText } from '../format/modelSettings';
import { APP_NAME, APP_VERSION } from './appInfo';
import { formatCsvNumber } from './csv';

/** Everything a result depends on: the numeric inputs and the named choices. */
export interface ExportSettings {
  readonly inputs: ModelInputs;
  readonly choices: ModelChoices;
}

/** "temperatureC [°C]": an input's key with its unit, as the header names it. */
export function inputMetaKey(key: keyof ModelInputs): string {
  const unit = INPUT_SPECS[key].unit;
  return unit ? `${key} [${unit}]` : key;
}

/** The key of a header line without its unit: "temperatureC [°C]" → "temperatureC". */
export const bareMetaKey = (key: string) => key.replace(/ \[[^\]]*\]$/, '');

/**
 * The settings as `# key: value` lines: every input with its unit in the key, every choice,
 * and how the electrode is set. Thickness and loading are the simulated layer's (the one not
 * held follows from x and the porosity; a loading outside the thickness range is simulated at
 * the nearest end, which `electrodeNotice` then says).
 */
export function settingsMeta({ inputs, choices }: ExportSettings): [string, string][] {
  const size = electrodeSizeOf(inputs, choices.electrodeBasis);
  const simulated: Partial<Record<keyof ModelInputs, number>> = {
    thicknessUm: size.thicknessUm,
    loadingMgCm2: size.loadingMgCm2,
  };
  const held = heldInputOf(choices.electrodeBasis);
  const follows = held === 'thicknessUm' ? 'loading' : 'thickness';
  const lines: [string, string][] = INPUT_KEYS.map((key) => [
    inputMetaKey(key),
    formatCsvNumber(simulated[key] ?? inputs[key]),
  ]);
  for (const key of CHOICE_KEYS) {
    const value = choices[key];
    const label = CHOICE_SPECS[key].options.find((o) => o.value === value)?.label;
    lines.push([key, label && label !== value ? `${value} (${label})` : value]);
  }
  lines.push([
    'electrode',
    `${held === 'thicknessUm' ? 'thickness' : 'loading'} held; the ${follows} follows from x and the porosity`,
  ]);
  if (size.notice) lines.push(['electrodeNotice', size.notice]);
  const whatIf = whatIfText(inputs);
  if (whatIf) {
    lines.push(['whatIf', `${whatIf.replace(/^what-if: /, '')} (not the calibrated model)`]);
  }
  return lines;
}

/** The lines every exported file starts with: app, version, date, what it holds. */
export function provenanceMeta(what: string, exportedAt: string): [string, string][] {
  return [
    ['app', APP_NAME],
    ['version', APP_VERSION],
    ['exported', exportedAt],
    ['figure', what],
  ];
}

/** A setting as a file-name piece: 4 significant digits, nothing a file system minds. */
const tag = (value: number) => String(Number(value.toPrecision(4)));
export const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9.-]+/g, '-');

/**
 * The settings part of a file name: `_x0.125_25C_r0.5um_L5um` (thickness held) or
 * `_m1mgcm2` in place of the thickness when the loading is held; no x when the table runs
 * across compositions.
 */
export function settingsFileTags(
  { inputs, choices }: ExportSettings,
  { withComposition = true }: { withComposition?: boolean } = {},
): string[] {
  const size = electrodeSizeOf(inputs, choices.electrodeBasis);
  const layer =
    heldInputOf(choices.electrodeBasis) === 'loadingMgCm2'
      ? `m${tag(size.loadingMgCm2)}mgcm2`
      : `L${tag(size.thicknessUm)}um`;
  return [
    ...(withComposition ? [`x${tag(inputs.xGe)}`] : []),
    `${tag(inputs.temperatureC)}C`,
    `r${tag(inputs.particleRadiusUm)}um`,
    layer,
  ];
}
