import { INPUT_SPECS } from '../core';
import { pageStep } from './stepping';

export interface Shortcut {
  /** The keys, each shown as one <kbd>; alternatives are separate entries. */
  readonly keys: readonly (readonly string[])[];
  readonly does: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: readonly Shortcut[];
}

/**
 * Every key the page answers to, where it works, for the "Keyboard shortcuts" dialog. Kept
 * beside the handlers' owners in spirit: the sliders' and typed values' steps come from the
 * inputs table, the rest from the components that handle them (useXSlider and RangeField:
 * Page Up/Down; NumericEntry: arrows, Page keys, Enter, Escape; the figures' measured
 * points: Enter, Space, Escape; the design map's grid (useGridCursor): arrows, Home, End, Page
 * keys, Enter, Space; PageTools: Alt+R, ? and P).
 */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: [['Tab'], ['Shift', 'Tab']], does: 'Next or previous control, point or table' },
      { keys: [['?']], does: 'Open this list (not while typing in a box)' },
      {
        keys: [['Alt', 'R']],
        does: 'Reset all: every setting back to its default (pins and a lesson link’s fixed ones stay)',
      },
      {
        keys: [['P']],
        does: 'Pin this view, to compare it in every figure (up to 4; not while typing in a box)',
      },
    ],
  },
  {
    title: 'Sliders',
    shortcuts: [
      {
        keys: [['←'], ['→'], ['↓'], ['↑']],
        does: `One step (x: ${INPUT_SPECS.xGe.step})`,
      },
      {
        keys: [['Page Up'], ['Page Down']],
        does: `A larger step (x: ${pageStep('xGe')}; each slider's hint says its own)`,
      },
      { keys: [['Home'], ['End']], does: 'The lowest or highest value' },
    ],
  },
  {
    title: 'Typed values',
    shortcuts: [
      { keys: [['↑'], ['↓']], does: 'One step up or down' },
      { keys: [['Page Up'], ['Page Down']], does: 'A larger step' },
      { keys: [['Enter']], does: 'Apply what you typed (leaving the box applies it too)' },
      { keys: [['Escape']], does: 'Discard what you typed' },
    ],
  },
  {
    title: 'Choices and tables',
    shortcuts: [
      { keys: [['←'], ['→'], ['↓'], ['↑']], does: 'Pick another option of a group' },
      { keys: [['Enter'], ['Space']], does: 'Press a button; open or close a table' },
    ],
  },
  {
    title: 'Measured points in the figures',
    shortcuts: [
      { keys: [['Tab']], does: 'Reach a point: its value and source appear' },
      {
        keys: [['Enter'], ['Space']],
        does: 'Show or hide a point’s tooltip',
      },
      { keys: [['Escape']], does: 'Hide the tooltip' },
    ],
  },
  {
    title: 'The design map (one Tab stop)',
    shortcuts: [
      { keys: [['←'], ['→'], ['↓'], ['↑']], does: 'Move to the next cell: its value is read out' },
      { keys: [['Home'], ['End']], does: 'The lowest or highest x of the row' },
      { keys: [['Page Up'], ['Page Down']], does: 'The top or bottom row' },
      { keys: [['Enter'], ['Space']], does: 'Set the live view to the cell' },
    ],
  },
  {
    title: 'This list',
    shortcuts: [{ keys: [['Escape']], does: 'Close it and go back where you were' }],
  },
];
