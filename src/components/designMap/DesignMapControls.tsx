import { useRef, useState } from 'react';
import { FIGURE_IDS, FIGURES, type FigureId } from '../../core/designMap/figureSpecs';
import { SECOND_AXIS_IDS, type SecondAxisId } from '../../core/designMap/grid';
import { formatInputValue } from '../../format/number';
import { useAppStore, useAppStoreApi } from '../../state/hooks';
import { MapProgress } from './MapProgress';
import { MapSettingsNote } from './MapSettingsNote';
import {
  AXIS_SPANS,
  axisLabel,
  axisUnit,
  CAPACITY_RATES,
  DEFAULT_SETUP,
  figureName,
  MAP_SIZE_IDS,
  MAP_SIZES,
  mapRequestOf,
  type MapSetup,
} from './mapSetup';
import { ControlsPanel } from '../ControlsPanel';

const optionName = (id: FigureId) =>
  id === 'capacity' ? 'Capacity at a chosen C-rate' : figureName({ id, cRate: 1 });

const spanText = (axis: SecondAxisId) =>
  `${formatInputValue(AXIS_SPANS[axis].from)}–${formatInputValue(AXIS_SPANS[axis].to)} ${axisUnit(axis)}`;

/**
 * What to map (figure, second axis, grid), and the buttons that start and stop it. A map
 * costs minutes of model time, so it starts only when asked.
 */
export function DesignMapControls() {
  const [setup, setSetup] = useState<MapSetup>(DEFAULT_SETUP);
  const store = useAppStoreApi();
  const computing = useAppStore((s) => s.designMap.status === 'computing');
  const computeRef = useRef<HTMLButtonElement>(null);
  const change = (part: Partial<MapSetup>) => setSetup((s) => ({ ...s, ...part }));

  const compute = () => {
    const { inputs, choices, startDesignMap } = store.getState();
    startDesignMap(mapRequestOf(setup, inputs, choices));
  };
  const cancel = () => {
    if (!computing) return;
    store.getState().cancelDesignMap();
    // The next thing to do is usually to start another.
    computeRef.current?.focus();
  };

  return (
    <ControlsPanel id="map-controls-heading" title="What to map" level={3} className="map-controls">
      <div className="field">
        <label htmlFor="map-figure">Figure</label>
        <select
          id="map-figure"
          data-testid="map-figure"
          aria-describedby="map-figure-hint"
          value={setup.figure}
          onChange={(event) => change({ figure: event.target.value as FigureId })}
        >
          {FIGURE_IDS.map((id) => (
            <option key={id} value={id}>
              {optionName(id)}
            </option>
          ))}
        </select>
        <p id="map-figure-hint" className="hint">
          {FIGURES[setup.figure].label} ({FIGURES[setup.figure].unit}).
        </p>
      </div>
      {setup.figure === 'capacity' && (
        <div className="field">
          <label htmlFor="map-rate">C-rate of the capacity</label>
          <select
            id="map-rate"
            data-testid="map-rate"
            value={setup.cRate}
            onChange={(event) => change({ cRate: Number(event.target.value) })}
          >
            {CAPACITY_RATES.map((rate) => (
              <option key={rate} value={rate}>
                {formatInputValue(rate)} C
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset className="field choice-group">
        <legend>Second axis, beside Ge fraction x (0–1)</legend>
        {SECOND_AXIS_IDS.map((axis) => (
          <label key={axis} className="choice">
            <input
              type="radio"
              name="map-axis"
              value={axis}
              data-testid={`map-axis-${axis}`}
              checked={setup.axis === axis}
              onChange={() => change({ axis })}
            />
            {axisLabel(axis)}, {spanText(axis)}
          </label>
        ))}
      </fieldset>
      <fieldset className="field choice-group">
        <legend>Grid, x × second axis</legend>
        {MAP_SIZE_IDS.map((size) => (
          <label key={size} className="choice">
            <input
              type="radio"
              name="map-size"
              value={size}
              data-testid={`map-size-${size}`}
              checked={setup.size === size}
              onChange={() => change({ size })}
            />
            {MAP_SIZES[size].label}
          </label>
        ))}
      </fieldset>
      <p className="hint">
        A cell takes 0.1–0.4 s of model time (the energies the longest), on the same workers as the
        figures above but behind them.
      </p>
      <div className="map-actions">
        <button
          ref={computeRef}
          type="button"
          className="map-compute"
          data-testid="map-compute"
          onClick={compute}
        >
          Compute map
        </button>
        {/* aria-disabled, not disabled: a button that disables itself would drop the focus. */}
        <button type="button" data-testid="map-cancel" aria-disabled={!computing} onClick={cancel}>
          Cancel
        </button>
      </div>
      <MapProgress />
      <MapSettingsNote />
    </ControlsPanel>
  );
}
