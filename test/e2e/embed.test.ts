import { describe, expect, inject, it } from 'vitest';
import { openWikiPage, SEL, shownAlertText, withApp } from './harness';

const app = withApp();

/** A wiki page elsewhere on the site that embeds the explorer with one script tag. */
const wikiPage = (embedUrl: string, params: string) => `<!doctype html>
<html lang="en">
  <head>
    <title>Lab wiki: anodes</title>
    <style>
      body { font-family: serif; }
      h1, h2 { color: rgb(255, 0, 0); }
    </style>
  </head>
  <body>
    <h2 id="wiki-heading">Our Si–Ge notes</h2>
    <script type="module" src="${embedUrl}" data-params="${params}"></script>
    <p id="after">The text after the tag.</p>
  </body>
</html>`;

describe('one-script-tag embed', () => {
  it('mounts after its tag in a shadow root, takes data-params and leaves the host page alone', async () => {
    const { page } = app;
    const base = inject('baseUrl'); // the build, served under a sub-path
    const host = await openWikiPage(
      page,
      '/wiki/Anodes?section=2',
      wikiPage(`${base}embed.js`, 'xGe=0.25&temperatureC=banana'),
    );

    // Playwright's locators reach into open shadow roots; document.querySelector does not.
    const chart = page.locator(SEL.chart);
    await chart.waitFor({ state: 'visible' });
    expect(await page.evaluate((s) => document.querySelector(s) !== null, SEL.chart)).toBe(false);
    const placement = await page.evaluate(() => {
      const embed = document.querySelector('.sige-explorer-embed');
      return {
        shadow: embed?.shadowRoot != null,
        afterTag: embed?.previousElementSibling?.tagName,
        beforeText: embed?.nextElementSibling?.id,
      };
    });
    expect(placement).toEqual({ shadow: true, afterTag: 'SCRIPT', beforeText: 'after' });

    // Settings from data-params, with the same explanation of a bad one as a bad link.
    await expect.poll(() => chart.getAttribute('data-rendered-x')).toBe('0.25');
    expect(await shownAlertText(page)).toMatch(/banana/);

    // Styles stay on their side: the wiki's red headings are not ours, ours are not red.
    const colour = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).color);
    expect(await colour('#wiki-heading')).toBe('rgb(255, 0, 0)');
    expect(await colour('.sige-explorer-embed h1')).not.toBe('rgb(255, 0, 0)');

    // It works: a preset moves the figure; the lazy sections load; the address stays.
    await page.locator(SEL.preset('Ge')).click();
    await expect.poll(() => chart.getAttribute('data-rendered-x')).toBe('1');
    await page.locator(SEL.kineticsChart('rate')).waitFor({ state: 'attached', timeout: 30_000 });
    expect(page.url()).toBe(host);
  });
});
