// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { createInProcessKineticsClient } from '../../src/client/kineticsClient';
import { createInProcessClient } from '../../src/client/modelClient';
import { ModelProvider } from '../../src/state/ModelProvider';
import { createAppStore } from '../../src/state/store';

const clients: ReturnType<typeof createInProcessKineticsClient>[] = [];

afterEach(() => {
  cleanup();
  for (const client of clients.splice(0)) client.dispose();
});

/** The app with a notice to dismiss (as a bad link gives). */
function app() {
  const kinetics = createInProcessKineticsClient();
  clients.push(kinetics);
  return (
    <ModelProvider
      store={createAppStore({ notices: ['Bad value in the link.'] })}
      client={createInProcessClient()}
      kineticsClient={kinetics}
    >
      <App />
    </ModelProvider>
  );
}

describe('focus after a dismissal and the skip link', () => {
  it('lands on the main content in the page', () => {
    render(app());
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(document.activeElement?.id).toBe('main');
    (document.activeElement as HTMLElement).blur();
    fireEvent.click(screen.getByText('Skip to main content'));
    expect(document.activeElement?.id).toBe('main');
  });

  it('lands on the main content inside a shadow root (the script-tag embed)', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    render(app(), { container });
    const inside = within(container as HTMLElement);
    fireEvent.click(inside.getByRole('button', { name: 'Dismiss' }));
    expect(shadow.activeElement?.id).toBe('main');
    fireEvent.click(inside.getByText('Skip to main content'));
    expect(shadow.activeElement?.id).toBe('main');
    host.remove();
  });
});
