/*
 * The electrode model's side of the page: the pool of kinetics workers and the driver that
 * feeds it. A chunk of its own (ModelProvider.tsx): the conductivity figure comes from the
 * model worker alone, and this code starts right after the first render, in parallel with it.
 */
export { createKineticsClient } from '../client/kineticsClient';
export { startKineticsDriver } from './kineticsDriver';
