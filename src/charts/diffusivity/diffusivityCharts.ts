/*
 * What the diffusivity figure draws once the model has answered: its two charts, the reading
 * of the curve's course and the rows of its files. A chunk of its own (DiffusivityFigure.tsx):
 * the figure sits below the first one, and until both the answer and this code are in it
 * shows the same placeholders, of the charts' own height, that it always showed before the
 * first answer.
 */
export { diffusivityData } from '../../export/diffusivityData';
export { CompositionChart } from './CompositionChart';
export { LithiationChart } from './LithiationChart';
export { compareWithObserved } from './lithiationShape';
