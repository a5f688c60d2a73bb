// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/client/modelClient';
import { NO_LESSON, parseLesson, SECTION_IDS, SECTION_LABELS } from '../../src/state/lesson';
import { QUICK_KINETICS } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  disposeClients();
});

// The lazily loaded sections compile on first use: slow on a busy machine, hence the timeouts.
describe('the design map on the page', () => {
  it('is a section of its own after the electrode model, which show= can pick', async () => {
    expect(SECTION_IDS.indexOf('map')).toBe(SECTION_IDS.indexOf('lithium') + 1);
    expect(SECTION_LABELS.map).toBe('Design map');
    expect(parseLesson('?show=map')).toEqual({
      lesson: { ...NO_LESSON, show: ['map'] },
      messages: [],
    });

    renderApp({}, createInProcessClient(), QUICK_KINETICS);
    const map = await screen.findByRole(
      'heading',
      { level: 2, name: /^Design map/ },
      { timeout: 45_000 },
    );
    const kinetics = await screen.findByRole(
      'heading',
      { level: 2, name: /^Electrode kinetics/ },
      { timeout: 45_000 },
    );
    // In page order: the map follows the electrode model.
    expect(kinetics.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  }, 90_000);

  it('under ?show=map, only the map (and the composition and conditions controls)', async () => {
    renderApp({ lesson: { ...NO_LESSON, show: ['map'] } }, createInProcessClient(), QUICK_KINETICS);
    expect(
      await screen.findByRole('button', { name: 'Compute map' }, { timeout: 45_000 }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: /^Electrode kinetics/ })).toBeNull();
    expect(screen.queryByTestId('conductivity-chart')).toBeNull();
  }, 90_000);
});
