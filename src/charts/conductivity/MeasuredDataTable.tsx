import { memo } from 'react';
import { lazyModule } from '../../components/lazyModule';
import { useLazyModule } from '../../components/useLazyModule';

const rowsCode = lazyModule(() => import('./MeasuredDataRows'));

/**
 * The measured points as a table: the same facts as the markers' tooltips, for
 * screen readers (the chart is one image to them) and for copying into notes. Closed at
 * first, its table (MeasuredDataRows.tsx) comes when the page is idle, or when it is opened
 * before that; a closed <details> shows none of it, so nothing moves when it arrives.
 */
// memo: static content, so a new result (every drag step) skips it.
export const MeasuredDataTable = memo(function MeasuredDataTable() {
  const { module, failed, fetchNow } = useLazyModule(rowsCode);
  return (
    <details
      className="data-table"
      onToggle={(event) => {
        if (event.currentTarget.open && !module) fetchNow();
      }}
    >
      <summary>Measured values and model fit (table)</summary>
      {module && <module.MeasuredDataRows />}
      {!module && failed && (
        <p role="alert" className="download-error">
          Could not show the table: its code did not load (a lost connection is the usual cause).
          Close and open again to retry.
        </p>
      )}
    </details>
  );
});
