import type { ReactNode } from 'react';

/**
 * A titled group of controls, named by its heading for landmark navigation. The heading's
 * level follows where the panel sits in the page's outline.
 */
export function ControlsPanel({
  id,
  title,
  level,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  level: 2 | 3 | 4;
  className?: string;
  children: ReactNode;
}) {
  const Heading = `h${level}` as const;
  return (
    <section
      className={className ? `panel controls-panel ${className}` : 'panel controls-panel'}
      aria-labelledby={id}
    >
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}
