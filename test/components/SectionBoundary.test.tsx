// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FigurePanel } from '../../src/charts/kit/FigurePanel';
import { SectionBoundary, useRetryableLazy } from '../../src/components/SectionBoundary';

afterEach(cleanup);

const SHAPE = { ratio: 0.6, min: 200, max: 400 };

function Broken(): never {
  throw new Error('cannot draw this');
}

describe('a failure stays in its section', () => {
  it('a figure that throws while drawing shows a message; its neighbour is drawn', () => {
    render(
      <>
        <FigurePanel
          headingId="a"
          heading="Broken"
          caption=""
          placeholder={null}
          busy={false}
          proportions={SHAPE}
        >
          {() => <Broken />}
        </FigurePanel>
        <FigurePanel
          headingId="b"
          heading="Fine"
          caption=""
          placeholder={null}
          busy={false}
          proportions={SHAPE}
        >
          {() => <svg data-testid="fine-chart" />}
        </FigurePanel>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /Could not show this figure.*cannot draw this/,
    );
    expect(screen.getByTestId('fine-chart')).toBeTruthy();
    // The panel's heading stays: only the drawing is replaced.
    expect(screen.getByText('Broken')).toBeTruthy();
  });

  it('code that fails to load shows Retry, and Retry imports it anew', async () => {
    let attempts = 0;
    const load = () => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : Promise.resolve({ default: () => <p>loaded section</p> });
    };
    function Page() {
      const section = useRetryableLazy(load);
      return (
        <>
          <p>conductivity figure</p>
          <SectionBoundary name="the electrode model" onRetry={section.reload}>
            <Suspense fallback={<p>loading…</p>}>
              <section.Section />
            </Suspense>
          </SectionBoundary>
        </>
      );
    }
    render(<Page />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/Could not show the electrode model/);
    expect(screen.getByText('conductivity figure')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    });
    expect(await screen.findByText('loaded section')).toBeTruthy();
    expect(attempts).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
