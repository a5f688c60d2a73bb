import { useContext } from 'react';
import { StoreContext } from '../state/context';
import type { ExportSettings } from './exportSettings';
import { bpxParameterSet } from './bpxSet';
import { parameterSetFilename, pybammParameterSet } from './pybammSet';
import { saveFile } from './saveFile';

type Format = 'bpx' | 'pybamm';

/** The parameter set at the page's settings (read when clicked), as a JSON file. */
function saveParameters(format: Format, { inputs, choices }: ExportSettings) {
  const options = { exportedAt: new Date().toISOString() };
  const set =
    format === 'bpx'
      ? bpxParameterSet(inputs, choices, undefined, options)
      : pybammParameterSet(inputs, choices, undefined, options);
  saveFile(
    parameterSetFilename(format, inputs, choices),
    `${JSON.stringify(set, null, 2)}\n`,
    'application/json;charset=utf-8',
  );
}

/**
 * "Parameters (BPX JSON)" and "Parameters (PyBaMM JSON)": the model's parameters at the
 * current settings, for a simulator of one's own (docs/parameters-export.md). Needs the
 * page's store; renders nothing without one.
 */
export function DownloadParameters() {
  const store = useContext(StoreContext);
  if (!store) return null;
  const save = (format: Format) => () => saveParameters(format, store.getState());
  return (
    <p className="parameter-downloads" data-testid="parameter-downloads">
      At the current settings:{' '}
      <button type="button" className="download-csv" onClick={save('bpx')}>
        Parameters (BPX JSON)
      </button>{' '}
      <button type="button" className="download-csv" onClick={save('pybamm')}>
        Parameters (PyBaMM JSON)
      </button>
    </p>
  );
}
