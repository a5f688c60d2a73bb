/**
 * Refitting named kinetic parameters to a user's own cell data (imported with cellData),
 * with uncertainties and a word where the data cannot pin a parameter. Pure model code.
 */
export { refit, BASE_EVALUATIONS, EVALUATIONS_PER_PARAMETER } from './refit';
export { refitTargets, type RefitTargets } from './targets';
export { DEFAULT_TOLERANCE_PERCENT, RESIDUAL_PENALTY } from './residuals';
export {
  asciiNameOf,
  isParameterKey,
  parameterNames,
  resolveParameters,
  validParameterNames,
} from './parameterNames';
export {
  refitJsonView,
  refitSetFromJson,
  refitSetToJson,
  REFIT_FORMAT,
  REFIT_VERSION,
  type RefitMeta,
  type RefitSet,
} from './refitJson';
export { RefitError } from './errors';
export type * from './types';
