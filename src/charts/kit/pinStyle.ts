/**
 * How pinned views are drawn: a colour and a dash each, so that they differ from one another
 * (and from the live view's solid Okabe–Ito blue and the measured points' vermillion) for
 * every colour-vision deficiency and in greyscale. Colours: Okabe–Ito's reddish purple, black
 * and bluish green and Paul Tol's olive; each keeps 3:1 against white. The first slots go to
 * the colours no figure uses for anything else: black comes after them because the profiles'
 * slowest rate is near-black, green last because the full cell's charge and the distribution's
 * θ are green and dashed.
 */
export interface PinStyle {
  readonly color: string;
  readonly dash: string;
}

export const PIN_STYLES: readonly PinStyle[] = [
  { color: '#CC79A7', dash: '9 3' },
  { color: '#999933', dash: '9 3 2 3' },
  { color: '#000000', dash: '2 2' },
  { color: '#009E73', dash: '12 3 2 3 2 3' },
];

/** The style of a pin's slot (a pin keeps its slot while others come and go). */
export const pinStyle = (slot: number): PinStyle =>
  PIN_STYLES[slot % PIN_STYLES.length] ?? { color: '#000000', dash: '4 4' };
