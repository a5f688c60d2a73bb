import { mountApp } from './mountApp';
import css from './styles.css?inline';

/**
 * The one-script-tag embed for lab wikis:
 *   <script type="module" src="/tools/sige/embed.js" data-params="xGe=0.25"></script>
 * mounts the explorer right after the tag, in a shadow root so that neither the wiki's
 * styles nor ours leak across. `data-params` takes the same settings as the page's query;
 * the host page's address is never touched.
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

  mountApp(container, script.dataset.params ?? '', { syncUrl: false });
}

/** Every tag that loads this file (a module runs once, however many tags name it). */
const tags = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter(
  (s) => s.src === import.meta.url && s.dataset.mounted !== 'true',
);
for (const tag of tags) {
  tag.dataset.mounted = 'true';
  mount(tag);
}
