import { describe, expect, it } from 'vitest';
import { diffusivity } from '../../src/core/diffusion';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { describeCell } from '../../src/core/kinetics/cell';
import { cellSettingsOf } from '../../src/core/kinetics/cellSettings';
import { openCircuitPotential } from '../../src/core/kinetics/ocp';
import { CALIBRATED_PARAMS } from '../../src/core/params';
import { conductivities } from '../../src/core/properties';
import { bpxParameterSet } from '../../src/export/bpxSet';
import { diffusivityTable, type BpxTable, type BpxValue } from '../../src/export/parameterSets';
import { parameterSetFilename, pybammParameterSet } from '../../src/export/pybammSet';

/**
 * Field names of the published BPX schema, as its pydantic aliases spell them: bpx/schema.py
 * of github.com/FaradayInstitution/BPX (the version whose Header.Model allows "Partial"):
 * class Header, ContactBase/Contact, Particle, Electrode, and the Parameterisation groups.
 */
const BPX_HEADER_FIELDS = ['BPX', 'Title', 'Description', 'References', 'Model'];
const BPX_PARAMETERISATION_GROUPS = [
  'Cell',
  'Electrolyte',
  'Negative electrode',
  'Positive electrode',
  'Separator',
  'User-defined',
];
const BPX_CONTACT_FIELDS = ['Thickness [m]', 'Porosity', 'Transport efficiency'];
const BPX_ELECTRODE_FIELDS = [
  ...BPX_CONTACT_FIELDS,
  'Conductivity [S.m-1]',
  // Particle
  'Minimum stoichiometry',
  'Maximum stoichiometry',
  'Maximum concentration [mol.m-3]',
  'Particle radius [m]',
  'Surface area per unit volume [m-1]',
  'Diffusivity [m2.s-1]',
  'Diffusivity activation energy [J.mol-1]',
  'OCP [V]',
  'OCP (delithiation) [V]',
  'OCP (lithiation) [V]',
  'OCP hysteresis decay constant',
  'Entropic change coefficient [V.K-1]',
  'Reaction rate constant [mol.m-2.s-1]',
  'Reaction rate constant activation energy [J.mol-1]',
];
/** Required in an ElectrodeSingle (no default in the schema): a group missing one is invalid. */
const BPX_ELECTRODE_REQUIRED = BPX_ELECTRODE_FIELDS.filter(
  (f) =>
    ![
      'Diffusivity activation energy [J.mol-1]',
      'OCP (delithiation) [V]',
      'OCP (lithiation) [V]',
      'OCP hysteresis decay constant',
      'Entropic change coefficient [V.K-1]',
      'Reaction rate constant activation energy [J.mol-1]',
    ].includes(f),
);

const inputs = { ...DEFAULT_INPUTS, xGe: 0.25, temperatureC: 40, particleRadiusUm: 0.5 };
const choices = DEFAULT_CHOICES;
const bpx = bpxParameterSet(inputs, choices, CALIBRATED_PARAMS, {
  exportedAt: '2025-06-01T12:00:00.000Z',
});
const negative = bpx.Parameterisation['Negative electrode'];
const pybamm = pybammParameterSet(inputs, choices);
const T = 40 + 273.15;

const isTable = (v: unknown): v is BpxTable =>
  typeof v === 'object' && v !== null && 'x' in v && 'y' in v;
const numberOf = (v: BpxValue | string | undefined) => {
  if (typeof v !== 'number') throw new Error(`not a number: ${JSON.stringify(v)}`);
  return v;
};

describe('the BPX parameter set', () => {
  it('has the header the standard asks for, as a Partial parameterisation', () => {
    expect(Object.keys(bpx)).toEqual(['Header', 'Parameterisation']);
    expect(bpx.Header.BPX).toMatch(/^\d+\.\d+(\.\d+)?$/);
    expect(bpx.Header.Model).toBe('Partial');
    for (const key of Object.keys(bpx.Header)) expect(BPX_HEADER_FIELDS).toContain(key);
    expect(bpx.Header.Description).toContain('2025-06-01T12:00:00.000Z');
  });

  it('uses only published field names outside User-defined, and every required one', () => {
    for (const group of Object.keys(bpx.Parameterisation)) {
      expect(BPX_PARAMETERISATION_GROUPS).toContain(group);
    }
    for (const key of Object.keys(negative)) expect(BPX_ELECTRODE_FIELDS, key).toContain(key);
    for (const key of BPX_ELECTRODE_REQUIRED) expect(negative, key).toHaveProperty([key]);
    expect(Object.keys(bpx.Parameterisation.Separator).sort()).toEqual(
      [...BPX_CONTACT_FIELDS].sort(),
    );
  });

  it('holds finite numbers or tables of them, and only numbers under User-defined', () => {
    const values: unknown[] = [
      ...Object.values(negative),
      ...Object.values(bpx.Parameterisation.Separator),
    ];
    for (const v of values) {
      if (isTable(v)) {
        expect(v.x.length).toBe(v.y.length);
        expect([...v.x, ...v.y].every(Number.isFinite)).toBe(true);
        expect(v.x[0]).toBe(0);
        expect(v.x.at(-1)).toBe(1);
      } else expect(Number.isFinite(v)).toBe(true);
    }
    for (const [key, v] of Object.entries(bpx.Parameterisation['User-defined'])) {
      // BPX reads any other string under User-defined as an expression.
      if (key === 'description') expect(typeof v).toBe('string');
      else expect(Number.isFinite(v), key).toBe(true);
    }
  });

  it('converts to SI units', () => {
    const cell = describeCell(cellSettingsOf(inputs, choices), CALIBRATED_PARAMS);
    expect(negative['Particle radius [m]']).toBe(5e-7);
    expect(negative['Thickness [m]']).toBe(5e-6);
    expect(negative.Porosity).toBe(0.2);
    expect(numberOf(negative['Maximum concentration [mol.m-3]'])).toBeCloseTo(
      cell.cMax_mol_per_cm3 * 1e6,
      3,
    );
    expect(numberOf(negative['Surface area per unit volume [m-1]'])).toBeCloseTo(
      (3 * 0.8) / 5e-7,
      0,
    );
    // Effective (Bruggeman) electronic conductivity, S/cm → S/m.
    const sigmaE = conductivities(0.25, T, inputs).electronic;
    expect(numberOf(negative['Conductivity [S.m-1]']) / (sigmaE * 0.8 ** 1.5 * 100)).toBeCloseTo(
      1,
      10,
    );
    // 0.33 eV per Li → J/mol.
    expect(numberOf(negative['Diffusivity activation energy [J.mol-1]'])).toBeCloseTo(31840.16, 1);
    expect(bpx.Parameterisation.Separator['Thickness [m]']).toBe(3e-4);
    expect(bpx.Parameterisation['User-defined']['Ambient temperature [K]']).toBe(T);
  });

  it('tables D(θ) at 298.15 K within 0.5 % of the model, and the OCP branches exactly at their points', () => {
    const d = negative['Diffusivity [m2.s-1]'];
    if (!isTable(d)) throw new Error('D is not a table');
    const cellRef = describeCell(
      { ...cellSettingsOf(inputs, choices), temperatureK: 298.15 },
      CALIBRATED_PARAMS,
    );
    for (let i = 1; i < d.x.length; i++) {
      const mid = 0.5 * (d.x[i - 1]! + d.x[i]!);
      const linear = 0.5 * (d.y[i - 1]! + d.y[i]!);
      expect(Math.abs(linear / (cellRef.diffusivityLaw.at(mid) * 1e-4) - 1)).toBeLessThan(0.005);
    }
    expect(diffusivityTable(cellRef).y[0]).toBeCloseTo(d.y[0]!, 25);
    // The mean D of the law is the model's GITT average at 298.15 K, in m²/s.
    expect(cellRef.diffusivityLaw.mean_cm2_per_s).toBeCloseTo(
      diffusivity(0.25, 298.15, CALIBRATED_PARAMS),
      25,
    );
    const lith = negative['OCP (lithiation) [V]'];
    if (!isTable(lith)) throw new Error('OCP is not a table');
    lith.x.forEach((theta, i) =>
      expect(lith.y[i]).toBeCloseTo(openCircuitPotential(theta, 0.05 * 0.25, 'lithiation'), 10),
    );
  });

  it('gives the exchange current the standard’s normalised rate constant', () => {
    // BPX: j0 = F·K·√(θ(1−θ)) (c_e = c_e0); the model: j0 = 2·i0,ref·√(θ(1−θ)), i0,ref = 0.1 A/cm².
    const k = numberOf(negative['Reaction rate constant [mol.m-2.s-1]']);
    expect(k * 96485.33212).toBeCloseTo(2 * 0.1 * 1e4, 6);
  });
});

describe('the PyBaMM parameter set', () => {
  /** Names PyBaMM gives dimensionless parameters (and the model's own dimensionless ones). */
  const DIMENSIONLESS = new Set([
    'Negative electrode porosity',
    'Negative electrode active material volume fraction',
    'Negative electrode Bruggeman coefficient (electrode)',
    'Negative electrode charge transfer coefficient',
    'Separator porosity',
    'Cation transference number',
    'SiGe Ge atom fraction x',
    'SiGe Ge weight fraction',
    'SiGe Bruggeman exponent of the alloy',
    'SiGe what-if multiplier of electronic conductivity',
    'SiGe what-if multiplier of ionic conductivity',
    'SiGe unconverted core volume fraction',
    'SiGe side reaction transfer coefficient',
    'SiGe N/P ratio',
    'SiGe cathode first-cycle efficiency',
  ]);

  it('ends every dimensional name in a unit bracket; stored values carry their unit in the name', () => {
    for (const name of Object.keys(pybamm.Parameters)) {
      if (name.startsWith('SiGe fitted ') || name.startsWith('SiGe fixed ')) continue;
      if (DIMENSIONLESS.has(name)) expect(name, name).not.toMatch(/\]$/);
      else expect(name, name).toMatch(/ \[[^\]]+\]$/);
    }
    const fitted = Object.keys(pybamm.Parameters).filter((n) => n.startsWith('SiGe fitted '));
    const stored = Object.values(CALIBRATED_PARAMS).flatMap((g) => Object.keys(g));
    expect(fitted).toHaveLength(stored.length);
    expect(pybamm.Parameters['SiGe fitted ionic.pathwayBonds']).toBe(
      CALIBRATED_PARAMS.ionic.pathwayBonds,
    );
  });

  it('holds finite numbers with a note each saying exact or approximate', () => {
    for (const [name, v] of Object.entries(pybamm.Parameters)) {
      expect(Number.isFinite(v), name).toBe(true);
      expect(pybamm.Notes[name], name).toMatch(/^(exact|approximate: |as stored)/);
    }
    expect(Object.keys(pybamm.Notes)).toEqual(Object.keys(pybamm.Parameters));
    expect(pybamm.Notes['Negative particle diffusivity [m2.s-1]']).toMatch(/^approximate/);
  });

  it('converts to SI units at the ambient temperature', () => {
    const p = pybamm.Parameters;
    expect(p['Negative particle radius [m]']).toBe(5e-7);
    expect(p['Negative electrode thickness [m]']).toBe(5e-6);
    expect(p['Ambient temperature [K]']).toBe(T);
    expect(
      p['Negative particle diffusivity [m2.s-1]']! /
        (diffusivity(0.25, T, CALIBRATED_PARAMS) * 1e-4),
    ).toBeCloseTo(1, 10);
    // Intrinsic σe with PyBaMM's Bruggeman exponent: PyBaMM then applies (1 − ε)^1.5 itself.
    expect(p['Negative electrode conductivity [S.m-1]']! * 0.8 ** 1.5).toBeCloseTo(
      numberOf(negative['Conductivity [S.m-1]']),
      12,
    );
    // Li6PS5Cl: 0.011 S/cm at 25 °C, Arrhenius 0.3 eV to 40 °C.
    expect(p['Electrolyte conductivity [S.m-1]']).toBeGreaterThan(1.1);
    expect(p['SiGe areal loading [kg.m-2]']).toBeCloseTo(
      describeCell(cellSettingsOf(inputs, choices), CALIBRATED_PARAMS).loading_g_per_cm2 * 10,
      12,
    );
  });

  it('follows the what-if multipliers and names files by the settings', () => {
    const scaled = pybammParameterSet({ ...inputs, electronicScale: 10 }, choices).Parameters;
    expect(
      scaled['Negative electrode conductivity [S.m-1]']! /
        pybamm.Parameters['Negative electrode conductivity [S.m-1]']!,
    ).toBeCloseTo(10, 9);
    expect(parameterSetFilename('bpx', inputs, choices)).toBe(
      'sige-parameters-bpx_x0.25_40C_r0.5um_L5um.json',
    );
  });
});
