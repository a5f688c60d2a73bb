import { useEffect, useRef, useState } from 'react';
import type { CellDataClient } from '../../client/cellDataClient';
import { CellDataError, checkFileSize } from '../../core/cellData/errors';
import type { ColumnMapping, NeedsMapping } from '../../core/cellData/types';
import { useAppStore } from '../../state/hooks';
import { initialChoice, toColumnMapping, type MappingChoice } from './mappingChoice';
import { readMass } from './massEntry';

/** A generic table's columns, as found, and the user's choice for each. */
export interface MappingStepState {
  readonly found: NeedsMapping;
  readonly choice: MappingChoice;
}

/** How the last import ended, for the status line. */
export type ImportOutcome =
  | {
      readonly kind: 'imported';
      readonly fileName: string;
      readonly formatLabel: string;
      readonly cycles: number;
      readonly warnings: readonly string[];
    }
  | { readonly kind: 'cancelled' };

/** A message for the alert region: the parser's own words (line and column), never a throw. */
const messageOf = (error: unknown) =>
  error instanceof CellDataError
    ? error.message
    : `The file could not be read: ${error instanceof Error ? error.message : String(error)}`;

/**
 * The import form's state and its actions. One file at a time; a generic table first asks
 * for its columns (the mapping step stays up, also after a mapping the parser refused),
 * then Import parses it again with them. A parse that ends after the form moved on (a new
 * file, Cancel) is ignored.
 */
export function useCellImport(client: CellDataClient) {
  const addCellSet = useAppStore((s) => s.addCellSet);
  const announce = useAppStore((s) => s.announce);
  const [file, setFile] = useState<File | null>(null);
  const [massText, setMassText] = useState('');
  const [mapping, setMapping] = useState<MappingStepState | null>(null);
  /** The share of the file read while a parse runs; null otherwise. */
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useRef(0);

  useEffect(() => () => client.dispose(), [client]);

  const mass = readMass(massText);

  function chooseFile(next: File | null) {
    run.current += 1;
    client.cancel();
    setFile(next);
    setMapping(null);
    setProgress(null);
    setOutcome(null);
    setError(null);
    try {
      // Before reading: a file over the limit is refused without loading a byte of it.
      if (next) checkFileSize(next.size);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }

  function columnsChosen(): ColumnMapping | undefined {
    if (!mapping) return undefined;
    const made = toColumnMapping(mapping.choice, mapping.found.columns);
    if ('missing' in made) throw new CellDataError('bad-mapping', made.missing);
    return made.mapping;
  }

  async function importFile() {
    setOutcome(null);
    setError(null);
    let columns: ColumnMapping | undefined;
    try {
      if (!file) throw new CellDataError('empty', 'Choose a file to import first.');
      if (!mass.ok) throw new CellDataError('bad-mass', mass.error);
      checkFileSize(file.size);
      columns = columnsChosen();
    } catch (caught) {
      setError(messageOf(caught));
      return;
    }
    const mine = ++run.current;
    const current = () => run.current === mine;
    // A worker's progress comes on a channel of its own and may arrive after its answer.
    let finished = false;
    setProgress(0);
    try {
      const result = await client.parse(
        file,
        {
          fileName: file.name,
          ...(mass.mass_mg !== undefined && { activeMass_mg: mass.mass_mg }),
          ...(columns && { mapping: columns }),
        },
        (fraction) => {
          if (current() && !finished) setProgress(fraction);
        },
      );
      if (!current()) return;
      if (result.status === 'needs-mapping') {
        setMapping({ found: result, choice: initialChoice(result) });
        announce(`${result.formatLabel}: choose which column holds what, then Import.`);
        return;
      }
      // A tidy CSV remembers its mass: the set keeps it when none was typed.
      const setMass = result.activeMass_mg ?? mass.mass_mg;
      addCellSet({
        fileName: file.name,
        ...(setMass !== undefined && { mass_mg: setMass }),
        data: result,
      });
      setFile(null);
      setMapping(null);
      setOutcome({
        kind: 'imported',
        fileName: file.name,
        formatLabel: result.formatLabel,
        cycles: result.cycles,
        warnings: result.warnings,
      });
    } catch (caught) {
      if (!current()) return;
      if (caught instanceof CellDataError && caught.code === 'aborted') {
        setOutcome({ kind: 'cancelled' });
        announce('Import cancelled.');
      } else {
        setError(messageOf(caught));
      }
    } finally {
      finished = true;
      if (current()) setProgress(null);
    }
  }

  return {
    file,
    chooseFile,
    massText,
    setMassText,
    mass,
    mapping,
    setChoice: (choice: MappingChoice) => setMapping((m) => m && { ...m, choice }),
    progress,
    outcome,
    error,
    importFile,
    cancel: () => client.cancel(),
  };
}
