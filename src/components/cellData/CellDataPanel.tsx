import { useEffect, useId, useRef, useState } from 'react';
import { createCellDataClient, type CellDataClient } from '../../client/cellDataClient';
import { CELL_FILE_INPUT_ID } from '../../charts/kit/ImportedLegend';
import { MAX_FILE_BYTES } from '../../core/cellData/errors';
import { useAppStore } from '../../state/hooks';
import type { RefitClient } from '../../client/refitClient';
import { RefitPanel } from '../refit/RefitPanel';
import { CellSetList } from './CellSetList';
import { ImportStatus } from './ImportStatus';
import { MappingStep } from './MappingStep';
import { useCellImport } from './useCellImport';

/** Cycler exports by their usual endings, and the tidy CSV this page writes. */
const ACCEPT = '.mpt,.txt,.csv,.tsv,text/csv,text/plain,text/tab-separated-values';

/** Where the sets are kept, said once: in this browser, or (storage failing) this tab only. */
function StorageNote() {
  const storage = useAppStore((s) => s.cellStorage);
  if (storage.status === 'memory') {
    return (
      <p className="cell-storage-note" data-testid="cell-storage-note">
        Kept in this tab only: the browser&rsquo;s storage is not available ({storage.reason}), so
        your data sets will be gone after a reload. Download them as tidy CSV to keep them.
      </p>
    );
  }
  return (
    <p className="hint">
      Nothing leaves this page: files are read here, and kept in this browser until you remove them.
    </p>
  );
}

/**
 * "Your cell data": import a cycler export (format detected, a generic table's columns
 * mapped), with its active mass, and draw it over the model on the rate, profile and dQ/dV
 * figures. `client` is for tests; by default files are parsed in a worker of their own.
 */
export function CellDataPanel({
  client: given,
  refitClient,
}: {
  client?: CellDataClient;
  refitClient?: RefitClient;
}) {
  const [client] = useState(() => given ?? createCellDataClient());
  const form = useCellImport(client);
  const fileInput = useRef<HTMLInputElement>(null);
  const massHintId = useId();
  const parsing = form.progress !== null;

  // After an import the field is emptied, so the same file can be chosen again.
  useEffect(() => {
    if (form.file === null && fileInput.current) fileInput.current.value = '';
  }, [form.file]);

  return (
    <section className="panel controls-panel cell-data" aria-labelledby="cell-data-heading">
      <h3 id="cell-data-heading">Your cell data</h3>
      <StorageNote />
      <form
        className="cell-import"
        onSubmit={(event) => {
          event.preventDefault();
          void form.importFile();
        }}
      >
        <label htmlFor={CELL_FILE_INPUT_ID}>Cycler file</label>
        <input
          ref={fileInput}
          id={CELL_FILE_INPUT_ID}
          type="file"
          accept={ACCEPT}
          data-testid="cell-file"
          aria-describedby={`${massHintId}-formats`}
          disabled={parsing}
          onChange={(e) => form.chooseFile(e.currentTarget.files?.[0] ?? null)}
        />
        <p id={`${massHintId}-formats`} className="hint">
          EC-Lab (.mpt), Arbin, Neware or Maccor exports, a rate table, SiGe Explorer&rsquo;s tidy
          CSV, or any table with a header row (you choose its columns); up to{' '}
          {MAX_FILE_BYTES / (1024 * 1024)} MB.
        </p>
        <label htmlFor={`${massHintId}-mass`}>Active mass (mg, optional)</label>
        <input
          id={`${massHintId}-mass`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          data-testid="cell-mass"
          value={form.massText}
          aria-invalid={!form.mass.ok}
          aria-describedby={massHintId}
          disabled={parsing}
          onChange={(e) => form.setMassText(e.currentTarget.value)}
        />
        <p id={massHintId} className="hint" data-testid="cell-mass-hint">
          {!form.mass.ok
            ? form.mass.error
            : form.mass.mass_mg === undefined
              ? 'Optional, but the voltage-profile and dQ/dV figures need it: they draw capacity per gram.'
              : 'Capacity per gram uses this mass, which is stored with the data set.'}
        </p>
        {form.mapping && (
          <>
            <p className="cell-detected" data-testid="cell-detected">
              Detected: <strong>{form.mapping.found.formatLabel}</strong>. Choose its columns, then
              Import.
            </p>
            <MappingStep
              columns={form.mapping.found.columns}
              choice={form.mapping.choice}
              onChange={form.setChoice}
              disabled={parsing}
            />
          </>
        )}
        {/* Enabled without a file too: a press says what is missing, a disabled button would not. */}
        <button type="submit" className="cell-import-button" disabled={parsing}>
          Import
        </button>
      </form>
      <ImportStatus
        progress={form.progress}
        outcome={form.outcome}
        error={form.error}
        onCancel={form.cancel}
      />
      <h4 className="cell-sets-heading">Imported</h4>
      <CellSetList />
      <RefitPanel {...(refitClient && { client: refitClient })} />
    </section>
  );
}
