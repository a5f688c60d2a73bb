import { compute, modelApi, type ComputeResult } from '../src/core/api';
import type { ModelInputs } from '../src/core/inputs';

/** The curves of an answer: σ across x and the balanced intervals. */
export type Curves = Pick<ComputeResult, 'conductivity' | 'balanced'>;

/**
 * An answer for the page: in full, or without its curves when they equal those of the
 * answer before (`sameCurves`), which the page still has. During a drag of x the curves
 * never change, and cloning them into the page cost it about half a millisecond per step.
 */
export type PageAnswer =
  | (ComputeResult & { readonly sameCurves?: false })
  | (Omit<ComputeResult, keyof Curves> & { readonly sameCurves: true });

const sameValues = (a: Curves, b: Curves) =>
  a.conductivity.length === b.conductivity.length &&
  a.conductivity.every((p, i) => {
    const q = b.conductivity[i];
    return (
      q !== undefined &&
      Object.is(p.xGe, q.xGe) &&
      Object.is(p.electronic, q.electronic) &&
      Object.is(p.ionic, q.ionic) &&
      Object.is(p.ambipolar, q.ambipolar)
    );
  }) &&
  a.balanced.length === b.balanced.length &&
  a.balanced.every(
    (r, i) => Object.is(r.from, b.balanced[i]?.from) && Object.is(r.to, b.balanced[i]?.to),
  );

/**
 * What the model worker exposes: the core's API, plus compute() for the page, which
 * leaves out curves equal to the ones it sent last. Its answers must reach one reader,
 * in order (the page's worker endpoint, one call at a time), which fills them back in.
 */
export function createPageApi() {
  let sent: Curves | null = null;
  return {
    ...modelApi,
    computeForPage(inputs: ModelInputs, basis?: string): PageAnswer {
      const result = compute(inputs, basis);
      if (sent && sameValues(sent, result)) {
        const { electrode, properties } = result;
        return { inputs, electrode, properties, sameCurves: true };
      }
      sent = result;
      return result;
    },
  };
}

export type PageApi = ReturnType<typeof createPageApi>;
