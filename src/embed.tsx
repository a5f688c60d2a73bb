import { mountApp } from './mountApp';
import { LESSON_PARAMS } from './state/lesson';
import css from './styles.css?inline';

/**
 * The one-script-tag embed for lab wikis:
 *   <script type="module" src="/tools/sige/embed.js" data-params="xGe=0.25"></script>
 * mounts the explorer right after the tag, in a shadow root so that neither the wiki's
 * styles nor ours leak across. `data-params` takes the same settings as the page's query;
 * the host page's address is never touched. One figure alone, for a wiki page or a slide:
 *   <script type="module" src="/tools/sige/embed.js" data-view="rate"></script>
 */
function mount(script: HTMLScriptElement): void {
  const host = document.createElement('div');
  host.className = 'sige-explorer-embed';
  script.after(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The theme lives on :root in the page; in a shadow root the host plays that part.
  style.textContent = css.replaceAll(':root', ':host');
  const container = document.createElement('div');
  shadow.append(style, container);

  // The lesson options may also come as attributes of their own (data-view="rate",
  // data-lock, data-show); one beats the same name in data-params.
  const query = new URLSearchParams(script.dataset.params ?? '');
  for (const name of LESSON_PARAMS) {
    const value = script.dataset[name];
    if (value !== undefined) query.set(name, value);
  }
  mountApp(container, query.toString(), { syncUrl: false });
}

/** Every tag that loads this file (a module runs once, however many tags name it). */
const tags = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter(
  (s) => s.src === import.meta.url && s.dataset.mounted !== 'true',
);
for (const tag of tags) {
  tag.dataset.mounted = 'true';
  mount(tag);
}
