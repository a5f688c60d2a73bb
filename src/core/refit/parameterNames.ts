/**
 * Names a user may type for a fitted parameter: its key, its symbol (Γi, δ₀, …) or an ASCII
 * spelling of the symbol, since a Greek letter or a subscript is hard to type in a shell.
 */
import { KINETIC_PARAMETERS, type KineticParameterSpec } from '../calibration/kineticParameters';
import { RefitError } from './errors';
import type { ParameterKey } from './types';

/** ASCII spellings of the symbols, same order as KINETIC_PARAMETERS. */
const ASCII_NAMES: Readonly<Record<ParameterKey, string>> = {
  electronicLithiationGain_decades: 'gammaE',
  ionicLithiationGain_decades: 'gammaI',
  diffusivityDiluteEnd_decades: 'delta0',
  diffusivityLithiationGain_decades: 'beta',
  siliconCoreFraction: 'fSi',
  coreTransportExponent: 'p',
  log10SideFilm1h_C_per_cm2: 'q1h',
};

export const asciiNameOf = (key: ParameterKey): string => ASCII_NAMES[key];

/** `gammaI (Γi, ionicLithiationGain_decades)`: every way to name one parameter. */
export const parameterNames = (spec: Pick<KineticParameterSpec, 'key' | 'symbol'>): string =>
  `${ASCII_NAMES[spec.key]} (${spec.symbol}, ${spec.key})`;

/** The list a message shows after an unknown name. */
export const validParameterNames = (): string => KINETIC_PARAMETERS.map(parameterNames).join(', ');

function specNamed(name: string): KineticParameterSpec | undefined {
  const folded = name.trim().toLowerCase();
  return KINETIC_PARAMETERS.find((spec) =>
    [spec.key, spec.symbol, ASCII_NAMES[spec.key]].some((n) => n.toLowerCase() === folded),
  );
}

export function isParameterKey(key: string): key is ParameterKey {
  return KINETIC_PARAMETERS.some((spec) => spec.key === key);
}

/** The specs of the names given, in KINETIC_PARAMETERS' order; a RefitError for any bad name. */
export function resolveParameters(names: readonly string[]): KineticParameterSpec[] {
  const wanted = names.map((n) => n.trim()).filter((n) => n !== '');
  if (wanted.length === 0) {
    throw new RefitError(`Name at least one parameter to refit: ${validParameterNames()}.`);
  }
  const unknown = wanted.filter((n) => specNamed(n) === undefined);
  if (unknown.length > 0) {
    const list = unknown.map((n) => `"${n}"`).join(', ');
    throw new RefitError(
      `Unknown parameter name ${list}; the parameters that can be refit are ${validParameterNames()}.`,
    );
  }
  const chosen = new Set(wanted.map((n) => specNamed(n)?.key));
  if (chosen.size < wanted.length) throw new RefitError('A parameter is named more than once.');
  return KINETIC_PARAMETERS.filter((spec) => chosen.has(spec.key));
}
