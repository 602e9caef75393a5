// What a phone on a slow network fetches: nothing for a game before it is chosen, no sound before a gesture,
// and compressed sound after it.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { onScreen, open, sharedBrowser, toLevelSelect, URL } from './browser';

const browser = sharedBrowser();
const LEVEL_CHUNK = /\/(0\d-[\w-]+|world-cafe|gallery|peer-review|peer-visit|think-tank|schema|model|levels)-[\w-]{8}\.js$/;

describe('what the arcade fetches', () => {
  it('loads no level data and no sound for the title, then only the chosen game’s levels', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank');
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(URL());
    await onScreen(page, 'Title screen');
    // Whatever the title screen fetches has been fetched.
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => LEVEL_CHUNK.test(u))).toEqual([]);
    expect(fetched.filter((u) => /\.(ogg|mp3|wav)$/.test(u))).toEqual([]);
    expect(fetched.filter((u) => /howler/.test(u))).toEqual([]);
    // Of the pictures, only the title's own skyline: covers come with the picker, portraits with their game.
    expect(
      fetched
        .filter((u) => u.endsWith('.svg'))
        .map((u) =>
          u
            .split('/')
            .pop()!
            .replace(/-[\w-]{8}\.svg$/, ''),
        ),
    ).toEqual(['skyline']);

    await toLevelSelect(page, 'Cynefin sorting');
    const levels = fetched
      .filter((u) => /\/0\d-[\w-]+-[\w-]{8}\.js$/.test(u))
      .map((u) =>
        u
          .split('/')
          .pop()!
          .replace(/-[\w-]{8}\.js$/, ''),
      );
    expect(levels.sort()).toEqual(['01-first-sort', '02-kinds-of-practice', '03-borderline-cases', '04-what-kind-of-learning', '05-a-day-at-city-hall']);
    expect(fetched.some((u) => /world-cafe/.test(u))).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fetches no stylesheet: the page carries its own, and no later screen or file fetches it again', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank');
    const sheets: string[] = [];
    page.on('request', (r) => new globalThis.URL(r.url()).pathname.endsWith('.css') && sheets.push(r.url()));
    await page.goto(URL());
    await onScreen(page, 'Title screen');
    // Saving progress to a file, and opening a level file, load code that waits for the start's style.
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save my progress to a file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await page.goto(URL());
    await toLevelSelect(page, 'Cynefin sorting');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a level file…' }).press('Enter')]);
    await chooser.setFiles({ name: 'not-a-level.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await onScreen(page, 'A level could not be opened');
    expect(sheets).toEqual([]);
    // The page's own style is in force: the accessible layer is laid out by it.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.a11y-layer')!).position)).not.toBe('static');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('holds the page to its security policy: a script or style slipped in once the title is up is refused', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    const r = await page.evaluate(async () => {
      const policy = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const head = [...document.head.children];
      // Refused or not is known as the element goes in (an inline script runs then, a style sheet applies then); the
      // report comes after, as an event.
      const tryIn = (el: HTMLElement, where: HTMLElement, inForce: () => boolean): Promise<string> =>
        new Promise((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(`refused: ${e.effectiveDirective}`), { once: true });
          where.append(el);
          if (inForce()) resolve('in force');
        });
      const script = document.createElement('script');
      script.textContent = 'window.__slippedIn = true';
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      return {
        // Before the page's own script and style, so they are held to it too.
        beforeTheRest: policy !== null && head.indexOf(policy) < head.findIndex((e) => e.tagName === 'SCRIPT' || e.tagName === 'STYLE'),
        policy: policy?.getAttribute('content') ?? '',
        ownScript: document.getElementById('boot-lang')?.textContent ?? '',
        ownStyle: document.getElementById('boot-style')?.textContent ?? '',
        script: await tryIn(script, document.body, () => (window as unknown as { __slippedIn?: boolean }).__slippedIn === true),
        style: await tryIn(style, document.head, () => style.sheet !== null),
      };
    });
    expect(r).toMatchObject({ beforeTheRest: true, script: 'refused: script-src-elem', style: 'refused: style-src-elem' });
    const hash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');
    expect(r.policy).toContain(`script-src 'self' 'sha256-${hash(r.ownScript)}';`);
    expect(r.policy).toContain(`style-src 'self' 'sha256-${hash(r.ownStyle)}';`);
    expect(r.policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The two refusals above (each reported by the page and by the browser) are the only problems.
    expect(problems.filter((p) => !/CSP violation|Content Security Policy directive/.test(p))).toEqual([]);
    expect(problems.filter((p) => p.includes('CSP violation'))).toEqual([
      'error: CSP violation: script-src-elem inline',
      'error: CSP violation: style-src-elem inline',
    ]);
    await context.close();
  });

  it('plays compressed sound (Ogg Vorbis, MP3 fallback) only after the first gesture', async () => {
    const { page, problems, context } = await open(browser(), URL());
    const sounds: string[] = [];
    page.on('request', (r) => /\.(ogg|mp3|wav)$/.test(r.url()) && sounds.push(r.url().split('/').pop()!));
    await onScreen(page, 'Title screen');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await onScreen(page, 'Choose a game');
    // The first gesture only wakes the audio; the next press plays its sound.
    expect(sounds).toEqual([]);
    await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __arcade: { counts: () => { howls: number } } }).__arcade.counts().howls > 0, null, {
      timeout: 10000,
    });
    expect(sounds.length).toBeGreaterThan(0);
    expect(sounds.every((s) => /^select-[\w-]{8}\.ogg$/.test(s))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
