/**
 * Whether the data fix each refit parameter, and if not, why, in words. A parameter is
 * "not pinned" when its uncertainty is infinite (the fit does not move with it), larger
 * than half its range (the range, not the data, bounds it), or when it ends on a bound.
 */
import type { KineticParameterSpec } from '../calibration/kineticParameters';
import { isAtBound, type ParameterUncertainty } from '../calibration/uncertainty';
import { parameterNames } from './parameterNames';
import type { FittedParameter } from './types';

const formatted = (v: number) => String(Number(v.toPrecision(3)));

function reasons(u: ParameterUncertainty): string[] {
  const unit = u.unit ? ` ${u.unit}` : '';
  const found: string[] = [];
  if (!Number.isFinite(u.sigma)) {
    found.push('the residuals do not change when it moves, so it has no finite uncertainty');
  } else if (u.sigma > (u.max - u.min) / 2) {
    found.push(
      `its uncertainty, ±${formatted(u.sigma)}${unit}, is more than half its range ` +
        `(${u.min} to ${u.max}${unit})`,
    );
  }
  if (u.atBound) {
    const bound = u.value - u.min < u.max - u.value ? u.min : u.max;
    found.push(`it ends at the bound ${bound}${unit} of its range, which then sets it`);
  }
  return found;
}

export function fittedParameter(u: ParameterUncertainty): FittedParameter {
  const why = reasons(u);
  return why.length === 0
    ? { ...u, pinned: true }
    : {
        ...u,
        pinned: false,
        warning: `The data cannot pin ${parameterNames(u)}: ${why.join('; ')}.`,
      };
}

/** A parameter with its sigma as given (a saved set's), judged as a fresh refit's would be. */
export function assessedParameter(
  spec: KineticParameterSpec,
  value: number,
  sigma: number,
): FittedParameter {
  const { key, symbol, unit, min, max } = spec;
  return fittedParameter({
    key,
    symbol,
    unit,
    value,
    sigma,
    min,
    max,
    atBound: isAtBound(spec, value),
  });
}

/** After a stopped search: the values are the best so far, with no uncertainty computed. */
export function unassessedParameter(spec: KineticParameterSpec, value: number): FittedParameter {
  return {
    ...assessedParameter(spec, value, Number.NaN),
    pinned: false,
    warning: `The refit was stopped before ${spec.symbol}'s uncertainty was computed.`,
  };
}
