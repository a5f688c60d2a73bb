import type { MapRequest } from '../core/designMap/request';
import { SECOND_AXES } from '../core/designMap/grid';
import type { ModelInputs } from '../core';
import type { AppStore } from './store';

/**
 * Makes a map cell the live view through the store's own setters (so a lesson's locks hold):
 * its x and second-axis value, and for a loading or thickness axis the electrode basis
 * that axis holds. Then says, politely, what the view now is (`describe` of the inputs as
 * they came out, which a lock may have kept).
 */
export function setLiveViewTo(
  store: AppStore,
  request: MapRequest,
  cell: { readonly xGe: number; readonly axisValue: number },
  describe: (inputs: ModelInputs) => string,
): void {
  const axis = SECOND_AXES[request.grid.axis];
  const { setChoice, setInput } = store.getState();
  if (axis.basis) setChoice('electrodeBasis', axis.basis);
  setInput('xGe', cell.xGe);
  setInput(axis.input, cell.axisValue);
  const { announce, inputs } = store.getState();
  announce(describe(inputs));
}
