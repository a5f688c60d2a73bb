export {
  evaluateFullCell,
  firstChargeOf,
  FULL_CELL_RATES,
  NP_RATIO_RANGE,
  type FirstCycleLoss,
  type FullCellRatePoint,
  type FullCellResult,
  type FullCellSettings,
  type VoltagePoint,
} from './fullCell';
export type { AnodeHalfCell, AnodeProfilePoint, SimulatedFirstCharge } from './anode';
export {
  CATHODE_IDS,
  CATHODES,
  defaultCathodeParameters,
  isCathodeId,
  type CathodeDefaults,
  type CathodeId,
  type CathodeParameters,
} from './cathodes';
export type { OcvPoint } from './cathodeOcv';
export { capacityFraction, rateRetention, REFERENCE_RATE_C, type RateLaw } from './rateRetention';
export {
  DEFAULT_STACK,
  STACK_DEFAULTS,
  stackMasses,
  type StackMasses,
  type StackSettings,
} from './stack';
export type { FullCellIssue, FullCellIssueCode } from './issues';
export type { Sourced } from './sourced';
