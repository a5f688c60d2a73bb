import { formatInputValue } from './number';

const SUBSCRIPT: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
};

/**
 * A composition id as a formula is printed: "Si7Ge" → "Si₇Ge", "Si15Ge" → "Si₁₅Ge". Unicode
 * subscripts rather than <sub>, so the same text serves aria-labels and SVG tooltips.
 */
export const formulaOf = (id: string): string =>
  id.replace(/(?<=[A-Za-z])\d+/g, (digits) => [...digits].map((d) => SUBSCRIPT[d] ?? d).join(''));

/** A measured composition as tables and tooltips print it: "Si₇Ge, x = 0.125". */
export const compositionText = (id: string, xGe: number): string =>
  `${formulaOf(id)}, x = ${formatInputValue(xGe)}`;

/** The same inside a sentence: "Si₇Ge (x = 0.125)". */
export const compositionInSentence = (id: string, xGe: number): string =>
  `${formulaOf(id)} (x = ${formatInputValue(xGe)})`;
