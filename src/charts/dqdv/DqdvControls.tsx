import {
  BIN_WIDTHS_MV,
  SMOOTH_WINDOWS,
  type DifferentialMode,
  type DqdvSettings,
} from './dqdvCurves';

const MODES: readonly { id: DifferentialMode; label: string }[] = [
  { id: 'dQdV', label: 'dQ/dV' },
  { id: 'dVdQ', label: 'dV/dQ' },
];

/** What to plot, and how the curves are binned and smoothed before differentiating. */
export function DqdvControls({
  id,
  settings,
  onChange,
}: {
  id: string;
  settings: DqdvSettings;
  onChange: (next: DqdvSettings) => void;
}) {
  return (
    <div className="dqdv-controls field-inline" data-testid="dqdv-controls">
      <fieldset className="inline-choice">
        <legend>Plot</legend>
        {MODES.map((mode) => (
          <label key={mode.id}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode.id}
              checked={settings.mode === mode.id}
              onChange={() => onChange({ ...settings, mode: mode.id })}
            />{' '}
            {mode.label}
          </label>
        ))}
      </fieldset>
      <label>
        Bin{' '}
        <select
          data-testid="dqdv-bin"
          value={settings.binWidth_mV}
          onChange={(e) => onChange({ ...settings, binWidth_mV: Number(e.target.value) })}
        >
          {BIN_WIDTHS_MV.map((w) => (
            <option key={w} value={w}>
              {w} mV
            </option>
          ))}
        </select>
      </label>
      <label>
        Smoothing{' '}
        <select
          data-testid="dqdv-smooth"
          value={settings.smoothWindow}
          onChange={(e) => onChange({ ...settings, smoothWindow: Number(e.target.value) })}
        >
          {SMOOTH_WINDOWS.map((w) => (
            <option key={w} value={w}>
              {w === 1 ? 'none' : `${w} points`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
