/**
 * The model's public surface for the page: what charts, components, state and exports may
 * use without knowing the core's layout. Values come only from the light modules (inputs,
 * parameters, the conductivity sweep, properties): the electrode solver is loaded lazily
 * (src/client/kineticsClient.ts) and its shapes cross here as types only, so importing this
 * file never pulls the solver into the page's first download.
 */
export * from './arrhenius';
export * from './composition';
export * from './conductivitySweep';
export * from './constants';
export * from './electrodeSize';
export * from './inputs';
export * from './mechanics';
export * from './params';
export * from './presets';
export * from './properties';
export * from './structure';
export * from './sweepConditions';
export * from './tableKeys';
export type * from './api';
export type * from './kinetics/api';
