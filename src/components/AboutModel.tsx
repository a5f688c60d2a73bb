import { lazyModule } from './lazyModule';
import { useLazyModule } from './useLazyModule';

/** Prose below the fold: the first figure's download does without it. */
const textCode = lazyModule(() => import('./AboutModelText'));

/**
 * A few sentences for teachers: what the figure shows and why balance matters. Until their
 * code is in, the panel keeps about their height.
 */
export function AboutModel() {
  // Fetched right after the first render (a small chunk): a failure is then said, not hidden.
  const { module, failed, fetchNow } = useLazyModule(textCode, true);
  return (
    <section className="panel about-panel" aria-labelledby="about-heading">
      <h2 id="about-heading">About this model</h2>
      {module ? (
        <module.AboutModelText />
      ) : (
        <p className="placeholder about-placeholder">
          {failed ? (
            <>
              This text did not load.{' '}
              <button type="button" onClick={fetchNow}>
                Retry
              </button>
            </>
          ) : (
            'Loading…'
          )}
        </p>
      )}
    </section>
  );
}
