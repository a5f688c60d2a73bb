import { CATHODES, isCathodeId } from '../../core/fullCell';

/** The cathode's printed name (with subscripts), or the id when it is not one the core knows. */
export const cathodeName = (id: string): string => (isCathodeId(id) ? CATHODES[id].label : id);
