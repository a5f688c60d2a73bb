import { memo, useId, type FocusEvent } from 'react';
import {
  compositionText,
  LI_IN_SPANS,
  quantityLabel,
  rangeText,
  residualText,
  scoreText,
  shortSource,
  targetText,
  valueText,
  VERDICT_NOTE,
  verdictText,
} from '../../charts/parity/describeFigure';
import { FIT_FAMILIES, type FitFamily, type FitFigure } from '../../charts/parity/fitFigures';
import { Missing, Pinned, ScrollTable } from '../ScrollTable';

const GROUPS: Record<FitFamily, string> = {
  transport: 'Conductivity and diffusivity (fitted on a log scale)',
  capacity: 'Capacities',
  percent: 'Retention, first-cycle efficiency and Li inventory',
};

const ROW_CLASS: Record<ReturnType<typeof verdictText>, string | undefined> = {
  within: undefined,
  misses: 'is-miss',
  'mechanism absent': 'is-absent',
  trend: 'is-trend',
};

/** The Li–In columns, each shown only where the file stores its span for some figure. */
const SPANS = [
  { key: 'liInPotentialRange', ...LI_IN_SPANS.potential },
  { key: 'liInResistanceRange', ...LI_IN_SPANS.resistance },
] as const;

/**
 * A long cell as two unbreakable halves split at `at` ("+66.1 mAh/g" | "(+2.8 %)"), so
 * that it can take two lines but never breaks inside a number.
 */
function TwoLines({ text, at }: { text: string; at: string }) {
  const cut = text.lastIndexOf(at);
  if (cut <= 0) return <span className="nowrap">{text}</span>;
  return (
    <>
      <span className="nowrap">{text.slice(0, cut)}</span>{' '}
      <span className="nowrap">{text.slice(cut + 1)}</span>
    </>
  );
}

/** One footnote: why some figures were not judged, and which. */
interface Note {
  readonly text: string;
  readonly figures: FitFigure[];
}

/** The text of a figure's footnote: its reason, or what its status means; null if judged. */
function noteTextOf(f: FitFigure): string | null {
  if (f.status === 'fitted') return null;
  if (f.reason) return f.reason;
  const meaning = VERDICT_NOTE[f.status];
  return `${meaning.charAt(0).toUpperCase()}${meaning.slice(1)}.`;
}

/** One note per distinct text, numbered in table order. */
function notesOf(figures: readonly FitFigure[]): Note[] {
  const notes = new Map<string, Note>();
  for (const f of figures) {
    const text = noteTextOf(f);
    if (text === null) continue;
    const note = notes.get(text) ?? { text, figures: [] };
    note.figures.push(f);
    notes.set(text, note);
  }
  return [...notes.values()];
}

/**
 * Scrolls a sideways-scrolling table so that the reason opened by keyboard focus shows
 * whole: focus brings only the word itself into view, and the reason extends beside it.
 */
function showWhole(event: FocusEvent<HTMLElement>) {
  event.currentTarget
    .querySelector('.note-popup')
    ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

/**
 * The verdict word; for a figure the fit did not judge, it also takes focus and shows why
 * on hover or focus, and points a screen reader at the footnote with the same words.
 */
function VerdictWord({
  f,
  note,
  noteId,
  opensUp,
}: {
  f: FitFigure;
  note: number;
  noteId: string;
  opensUp: boolean;
}) {
  if (note === 0) return <span className="verdict-word">{verdictText(f)}</span>;
  return (
    <span
      className="verdict-word has-note"
      data-opens={opensUp ? 'up' : 'down'}
      tabIndex={0}
      aria-describedby={noteId}
      onFocus={showWhole}
    >
      <span>{verdictText(f)}</span>
      <sup aria-hidden="true">{note}</sup>
      <span className="note-popup" aria-hidden="true" data-testid="verdict-reason">
        {noteTextOf(f)}
      </span>
    </span>
  );
}

/**
 * Every figure the calibration compares, in one table: the parity plots' facts for screen readers, and the
 * list a researcher scans for what the model gets wrong.
 */
// memo: static data; the page re-renders around it on every drag step.
export const ResidualTable = memo(function ResidualTable({
  figures,
}: {
  figures: readonly FitFigure[];
}) {
  const uid = useId();
  const captionId = `${uid}-caption`;
  const noteId = (n: number) => `${uid}-note-${n}`;
  const notes = notesOf(figures);
  const noteOf = (f: FitFigure) => 1 + notes.findIndex((n) => n.figures.includes(f));
  const spans = SPANS.filter((s) => figures.some((f) => f[s.key] !== null));
  const columns = 8 + spans.length;
  return (
    <>
      <ScrollTable captionId={captionId}>
        <table className="residual-table" data-testid="residual-table">
          <caption id={captionId}>
            <Pinned>
              Every figure the calibration compares: measured, model, residual (model − measured)
              and the target it is judged against; residual ÷ target beyond ±1 misses. Figures
              without a mechanism in the model are greyed and count as misses; trends are not
              judged.
              {spans.length > 0 &&
                ` The Li–In columns give the model at the two ends of what the study leaves unstated about its counter electrode: its potential (fitted at ${LI_IN_SPANS.potential.fitted}) and series resistance (${LI_IN_SPANS.resistance.fitted} nominal).`}
            </Pinned>
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Composition</th>
              <th scope="col">Measured</th>
              <th scope="col">Model</th>
              {spans.map((s) => (
                <th scope="col" key={s.key}>
                  Model, {s.label}
                </th>
              ))}
              <th scope="col">Residual</th>
              <th scope="col">Target</th>
              <th scope="col">Residual ÷ target</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          {FIT_FAMILIES.map((family) => {
            const rows = figures.filter((f) => f.family === family);
            if (rows.length === 0) return null;
            return (
              <tbody key={family}>
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={columns}>
                    <Pinned>{GROUPS[family]}</Pinned>
                  </th>
                </tr>
                {rows.map((f) => (
                  <tr
                    key={f.id}
                    data-testid="residual-row"
                    data-figure={f.id}
                    data-within={String(f.within)}
                    data-status={f.status}
                    className={ROW_CLASS[verdictText(f)]}
                  >
                    <th scope="row">{quantityLabel(f)}</th>
                    <td className="composition">
                      <TwoLines text={compositionText(f)} at=" (" />
                    </td>
                    {[f.measured, f.model].map((v, i) => (
                      <td className="num wraps" key={i}>
                        <TwoLines text={valueText(f, v)} at=" " />
                      </td>
                    ))}
                    {spans.map((s) => {
                      const range = rangeText(f, f[s.key]);
                      return (
                        <td className="num wraps" key={s.key}>
                          {range ? (
                            <TwoLines text={range} at=" " />
                          ) : (
                            <Missing why="not computed" />
                          )}
                        </td>
                      );
                    })}
                    <td className="num wraps">
                      <TwoLines text={residualText(f)} at=" (" />
                    </td>
                    <td className="num">{targetText(f)}</td>
                    <td className="num wraps verdict">
                      {scoreText(f)}{' '}
                      <VerdictWord
                        f={f}
                        note={noteOf(f)}
                        noteId={noteId(noteOf(f))}
                        // Rows low in the table open upwards, inside the scrolling box.
                        opensUp={figures.indexOf(f) > figures.length / 2}
                      />
                    </td>
                    <td className="source">{shortSource(f)}</td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </ScrollTable>
      {notes.length > 0 && (
        <ol className="table-notes" data-testid="residual-notes">
          {notes.map((n, i) => (
            <li key={n.text} id={noteId(i + 1)}>
              <span className="note-figures">
                {n.figures.map((f) => `${quantityLabel(f)}, ${compositionText(f)}`).join('; ')}:
              </span>{' '}
              {n.text}
            </li>
          ))}
        </ol>
      )}
    </>
  );
});
