// Bad saved data and storage trouble as a kiosk meets them: the arcade always boots, says what happened, and
// keeps what it can.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { onScreen, open, openLevel, sharedBrowser, toLevelSelect, URL } from './browser';

const browser = sharedBrowser();
const KEY = 'learning-arcade/save';

describe('hostile saves and full storage', () => {
  it('boots to the title with a round nested 4,000 deep set aside, and keeps the scores', async () => {
    const depth = 4000;
    const save = `{"version":2,"settings":{"sound":false,"music":false,"volume":0.5,"reducedMotion":false,"textScale":1,"lang":"en"},"levels":{"cynefin/first-sort":{"best":70,"stars":2,"attempts":1,"lastPlayed":1}},"rounds":{"cynefin":{"levelId":"first-sort","state":${'['.repeat(depth)}${']'.repeat(depth)},"savedAt":5}}}`;
    const { page, problems, context } = await open(browser(), URL(), {
      init: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(save)}); }`,
    });
    await onScreen(page, 'Title screen');
    expect(await page.getByRole('alert').textContent()).toMatch(/Part of your saved progress could not be read/);
    // No Continue for the broken round; the scores are still there.
    expect(await page.getByRole('button', { name: /^Continue/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Play', exact: true }).press('Enter');
    await onScreen(page, 'Choose a game');
    expect(await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).getAttribute('aria-describedby')).toBeTruthy();
    const stored = await page.evaluate(
      (k) =>
        Object.keys(localStorage)
          .filter((x) => x.startsWith(k))
          .sort(),
      KEY,
    );
    expect(stored[0]).toBe(KEY);
    expect(stored[1]).toMatch(/\.corrupt\.\d+$/);
    expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).levels['cynefin/first-sort'].best, KEY)).toBe(70);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the “storage is full” notice the moment a move cannot be saved, and the round plays on', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await openLevel(page, 'Cynefin sorting', 'First sort');
    expect(await page.getByRole('alert').count()).toBe(0);
    // Fill the browser's storage to the brim, as other sites or a long kiosk day might.
    await page.evaluate(() => {
      const chunk = 'x'.repeat(256 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
            try {
              localStorage.setItem(`filler-end-${size}`, 'x'.repeat(size));
            } catch {
              /* smaller next */
            }
          }
          return;
        }
      }
    });
    await page.getByRole('button', { name: /^Situation card/ }).press('Enter');
    await page.locator('.a11y-layer button[data-id^="domain-"]').first().press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 5000 });
    expect(await alert.textContent()).toMatch(/storage is full/);
    // Still in the round, not thrown back to the title.
    await onScreen(page, 'First sort');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses a scenario whose choice leads to "constructor", naming the field in plain words', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Facilitator role-play');
    // A shipped scenario under a new id, with one choice sent to a node named after a built-in property.
    const scenario = JSON.parse(readFileSync('levels/facilitator/world-cafe.json', 'utf8')) as {
      id: string;
      order: number;
      nodes: Record<string, { choices?: Array<{ next: string }> }>;
    };
    const [nodeId, node] = Object.entries(scenario.nodes).find(([, n]) => n.choices && n.choices.length > 0)!;
    node.choices![0]!.next = 'constructor';
    const bad = { ...scenario, id: 'trainer-cafe', order: 77 };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a level file…' }).press('Enter')]);
    await chooser.setFiles({ name: 'trainer-cafe.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await onScreen(page, 'A level could not be opened');
    const text = (await page.getByRole('region', { name: 'A level could not be opened' }).textContent()) ?? '';
    expect(text).toContain('trainer-cafe.json');
    expect(text).toContain(`nodes.${nodeId}.choices[0].next`);
    expect(text).toMatch(/"constructor" does not exist/);
    expect(text).not.toMatch(/Invalid input|expected|received/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
