import type { ReactNode } from 'react';
import { INPUT_SPECS } from '../../core';
import { formatInputValue } from '../../format/number';
import { useAppStore } from '../../state/hooks';
import { RangeField } from '../RangeField';
import { ControlsPanel } from '../ControlsPanel';

type ScaleKey = 'electronicScale' | 'ionicScale';

interface ScaleField {
  readonly key: ScaleKey;
  /** As spoken and as the figures' what-if note writes it. */
  readonly name: string;
  readonly label: ReactNode;
  readonly effect: string;
}

const FIELDS: readonly ScaleField[] = [
  {
    key: 'electronicScale',
    name: 'σe',
    label: (
      <>
        σ<sub>e</sub> ×
      </>
    ),
    effect: 'Multiplies the electronic conductivity of every composition, above and here.',
  },
  {
    key: 'ionicScale',
    name: 'σi',
    label: (
      <>
        σ<sub>i</sub> ×
      </>
    ),
    effect: 'Multiplies the ionic conductivity of every composition, above and here.',
  },
];

function ResetButton({ inputKey, name }: { inputKey: ScaleKey; name: string }) {
  const setInput = useAppStore((s) => s.setInput);
  const calibrated = INPUT_SPECS[inputKey].default;
  const locked = useAppStore((s) => s.lesson.locked.includes(inputKey));
  const text = `Reset to ${formatInputValue(calibrated)}`;
  return (
    <button
      type="button"
      data-testid={`reset-${inputKey}`}
      aria-label={`${text}: ${name} as calibrated`}
      disabled={locked}
      onClick={() => setInput(inputKey, calibrated)}
    >
      {text}
    </button>
  );
}

/**
 * What-if multipliers of the calibrated conductivities: what would a better electron or
 * ion conductor do? Every figure drawn with one says so.
 */
export function WhatIfControls() {
  return (
    <ControlsPanel id="what-if-heading" title="What if…" level={3}>
      {FIELDS.map(({ key, name, label, effect }) => (
        <RangeField
          key={key}
          inputKey={key}
          label={label}
          effect={effect}
          valueText={(v) =>
            `${name} × ${formatInputValue(v)} (${v === 1 ? 'as calibrated' : 'what-if'})`
          }
          extra={<ResetButton inputKey={key} name={name} />}
        />
      ))}
    </ControlsPanel>
  );
}
