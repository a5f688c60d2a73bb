// @vitest-environment jsdom
/**
 * Code split off the first download (components/lazyModule.ts) that cannot be fetched: the
 * control stays, says why in words, and the next attempt fetches anew. The chunks "fail" by
 * a mock that throws on the first import and loads the real module after that.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DownloadCsv } from '../../src/export/DownloadCsv';
import type { FigureData } from '../../src/export/figureData';
import { catchDownloads } from '../support/catchDownloads';

const offline = vi.hoisted(() => ({ figureFiles: true, aboutText: true }));

vi.mock('../../src/export/figureFiles', async (importOriginal) => {
  if (offline.figureFiles) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

vi.mock('../../src/components/AboutModelText', async (importOriginal) => {
  if (offline.aboutText) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const data: FigureData = {
  id: 'sige-test-figure',
  title: 'A test figure',
  spansComposition: true,
  rows: () => [{ xGe: 0.5, value: 1 }],
};

describe('a download button whose code does not load', () => {
  it('says so beside the button, and saves on the next click once the code is back', async () => {
    const saved = catchDownloads();
    render(createElement(DownloadCsv, { data, describedBy: 'h' }));
    fireEvent.click(screen.getByRole('button', { name: 'Data (CSV)' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Could not save the CSV: its code did not load (a lost connection is the usual cause); ' +
        'try again.',
    );
    expect(saved).toHaveLength(0);

    offline.figureFiles = false;
    vi.resetModules();
    fireEvent.click(screen.getByRole('button', { name: 'Data (CSV)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^sige-test-figure/);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the About panel whose text does not load', () => {
  it('keeps its heading, says the text did not load, and shows it after Retry', async () => {
    const { AboutModel } = await import('../../src/components/AboutModel');
    render(createElement(AboutModel));
    expect(screen.getByRole('heading', { name: 'About this model' })).toBeTruthy();
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(retry.parentElement?.textContent).toMatch(/This text did not load/);

    offline.aboutText = false;
    vi.resetModules();
    fireEvent.click(retry);
    expect(await screen.findByText(/the slower carrier sets the pace/)).toBeTruthy();
  });
});
