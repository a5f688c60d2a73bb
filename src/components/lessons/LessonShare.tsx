import { useState } from 'react';
import { lazyModule } from '../lazyModule';
import { useLazyModule } from '../useLazyModule';

/** The body of the open panel, with the link it builds: not needed before someone opens it. */
const bodyCode = lazyModule(() => import('./LessonShareBody'));

/**
 * "Share as lesson": which settings a link fixes and which sections it shows, and the link
 * itself with a Copy button (LessonShareBody.tsx). Closed, it renders (and subscribes to)
 * nothing; its body's code comes when the page is idle, or when it is opened before that.
 */
export function LessonShare() {
  const [open, setOpen] = useState(false);
  const { module, failed, fetchNow } = useLazyModule(bodyCode);
  return (
    <details
      className="lesson-share"
      data-testid="lesson-share"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
        if (event.currentTarget.open && !module) fetchNow();
      }}
    >
      <summary>Share as lesson</summary>
      {open && module && <module.LessonShareBody />}
      {open && !module && failed && (
        <p role="alert" className="download-error">
          Could not show the lesson options: their code did not load (a lost connection is the usual
          cause). Close and open again to retry.
        </p>
      )}
    </details>
  );
}
