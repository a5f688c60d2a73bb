import type { KineticsView } from '../../core';
import type { DataRow, FigureData } from '../../export/figureData';
import type { DqdvCycle, DqdvSettings } from './dqdvCurves';

/** The curves as drawn (binned and smoothed as set), for the CSV and image downloads. */
export const dqdvData = (
  k: KineticsView,
  cycles: readonly DqdvCycle[],
  settings: DqdvSettings,
): FigureData => ({
  id: settings.mode === 'dQdV' ? 'sige-dqdv' : 'sige-dvdq',
  title: settings.mode === 'dQdV' ? 'Differential capacity dQ/dV' : 'Differential voltage dV/dQ',
  settings: { inputs: k.inputs, choices: k.choices },
  tags: [`bin${settings.binWidth_mV}mV`, `smooth${settings.smoothWindow}`],
  rows: () =>
    cycles.flatMap((c) =>
      (['lithiation', 'delithiation'] as const).flatMap((halfCycle) =>
        c[halfCycle].x.map((x, i): DataRow =>
          settings.mode === 'dQdV'
            ? {
                cycle: c.label,
                halfCycle,
                potential_V_vs_Li: x,
                dQdV_mAh_per_g_per_V: c[halfCycle].value[i] ?? Number.NaN,
              }
            : {
                cycle: c.label,
                halfCycle,
                capacity_mAh_per_g: x,
                dVdQ_V_per_mAh_per_g: c[halfCycle].value[i] ?? Number.NaN,
              },
        ),
      ),
    ),
});
