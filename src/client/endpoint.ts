import type { ComputeResult } from '../core/api';
import type { ModelInputs } from '../core/inputs';

/**
 * What the client needs from something that runs the model: the real worker in
 * the app, a fake in tests, the model itself as a fallback. Keeping it this narrow
 * is what lets tests simulate a worker that rejects, hangs or dies.
 */
export interface ModelEndpoint {
  compute(inputs: ModelInputs): Promise<ComputeResult>;
  /** Registers a callback for when the endpoint dies on its own (crash, failed load). */
  onCrash(listener: (reason: string) => void): void;
  /** Frees the endpoint for good; it is never called again afterwards. */
  terminate(): void;
}

export type EndpointFactory = () => ModelEndpoint;
