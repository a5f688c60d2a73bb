import { Component, lazy, useState, type ComponentType, type ReactNode } from 'react';

interface BoundaryProps {
  /** What the section is, in words: "the electrode model". */
  readonly name: string;
  /** The grid area the section takes, so a failure stays in its place. */
  readonly area?: string;
  /** Called by Retry before the section is drawn again (e.g. to import its code anew). */
  readonly onRetry?: () => void;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly error: Error | null;
}

/**
 * Keeps a failure inside one section: code that does not load or a figure that throws while
 * drawing shows a message with Retry in that section's place, and the rest of the page — the
 * conductivity figure above all — stays as it was.
 */
export class SectionBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section
        className="section-failed"
        role="alert"
        style={this.props.area ? { gridArea: this.props.area } : undefined}
        data-testid="section-failed"
      >
        <p className="banner-title">Could not show {this.props.name}.</p>
        <p>
          {error.message || 'Something went wrong while drawing it.'} The rest of the page still
          works; a lost connection is the usual cause.
        </p>
        <button type="button" onClick={this.retry}>
          Retry
        </button>
      </section>
    );
  }
}

/** One lazy component per loader, kept across mounts so a section loaded once draws at once. */
const lazyByLoader = new Map<() => Promise<unknown>, ComponentType<never>>();

function lazyFor<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  fresh: boolean,
): ComponentType<P> {
  let Section = lazyByLoader.get(load) as ComponentType<P> | undefined;
  if (!Section || fresh) {
    Section = lazy(load);
    lazyByLoader.set(load, Section as ComponentType<never>);
  }
  return Section;
}

/**
 * A lazily loaded component that can be imported again: React keeps a failed lazy import
 * failed, so Retry needs a fresh `lazy` to fetch the code anew.
 */
export function useRetryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): { readonly Section: ComponentType<P>; readonly reload: () => void } {
  const [Section, setSection] = useState(() => lazyFor(load, false));
  return { Section, reload: () => setSection(() => lazyFor(load, true)) };
}
