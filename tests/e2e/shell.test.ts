// The shell in a real Chromium, driven as a keyboard or screen-reader user would: by role and accessible name.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { onScreen, open, sharedBrowser, tabTo, toLevelSelect, URL } from './browser';

const browser = sharedBrowser();

/** A fresh context whose saved settings choose `lang`, which the page's own script and the arcade read at start. */
async function savedIn(lang: string, viewport = { width: 1024, height: 768 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ viewport });
  await context.addInitScript((l) => {
    const settings = { sound: true, music: false, volume: 0.8, reducedMotion: false, textScale: 1, lang: l };
    localStorage.setItem('learning-arcade/save', JSON.stringify({ version: 2, settings, levels: {}, rounds: {} }));
  }, lang);
  return { context, page: await context.newPage() };
}

describe('the arcade shell', () => {
  it('boots to the title screen with no console error and no CSP violation', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Anything the title loads late (pictures, the message parser) has loaded, and said nothing.
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await context.close();
  });

  it("paints the title's words from the page alone, in the saved language and text size, then gives way to the canvas", async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
      const settings = { sound: true, music: false, volume: 0.8, reducedMotion: false, textScale: 1.5, lang: 'fr' };
      if (!localStorage.getItem('learning-arcade/save'))
        localStorage.setItem('learning-arcade/save', JSON.stringify({ version: 2, settings, levels: {}, rounds: {} }));
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.text().startsWith('CSP violation')) problems.push(m.text());
    });
    // The scripts held back, as on a slow network: what shows is the page's own first paint.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    // The shell's French table held longer: the game starts on its loading screen, which draws nothing of its own.
    let releaseFrench: () => void = () => undefined;
    const heldFrench = new Promise<void>((r) => (releaseFrench = r));
    await page.route(/\/assets\/fr-[^/]*\.js$/, async (route) => {
      await heldFrench;
      await route.continue();
    });
    // Module scripts hold DOMContentLoaded back: wait for the page's own paint, not for the load.
    await page.goto(URL(), { waitUntil: 'commit' });
    await page.locator('#boot .boot-copy[lang="fr"]').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.allInnerTexts()).toEqual(['Arcade d’apprentissage']);
    expect(await page.getByRole('status').allInnerTexts()).toEqual(['Chargement de l’arcade…']);
    // The largest text size is kept: the tagline is drawn at 1.5 times its 22 px.
    expect(await page.locator('.boot-copy[lang="fr"] .boot-tag').evaluate((e) => getComputedStyle(e).fontSize)).toBe('33px');
    release();
    // The engine is up and has drawn frames on the loading screen: the page's French copy is still what shows and
    // what was said (no English words from the canvas or its accessible layer meanwhile).
    await page.waitForFunction(() => {
      const game = (window as unknown as { __arcade?: { game: { scene: { isActive: (k: string) => boolean }; loop: { frame: number } } } }).__arcade?.game;
      return !!game && game.scene.isActive('Boot') && game.loop.frame > 3;
    });
    expect(await page.locator('#boot .boot-copy[lang="fr"]').isVisible()).toBe(true);
    expect((await page.getByRole('status').allInnerTexts()).filter((t) => t.trim() !== '')).toEqual(['Chargement de l’arcade…']);
    expect(await page.locator('.a11y-layer').innerText()).toBe('');
    releaseFrench();
    await onScreen(page, 'Écran d’accueil');
    await page.waitForFunction(() => !document.getElementById('boot'));
    expect(await page.getByRole('heading', { name: 'Arcade d’apprentissage' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("goes on in English when the player's language cannot be loaded, rather than loading for ever", async () => {
    const { context, page } = await savedIn('es');
    await page.route(/\/assets\/es-[^/]*\.js$/, (route) => route.abort());
    await page.goto(URL());
    await onScreen(page, 'Title screen');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(true);
    // The page says the language its words are really in, for screen readers.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.waitForFunction(() => !document.getElementById('boot'));
    await context.close();
  });

  it("keeps a workshop link's language when the device's own language arrives after it", async () => {
    const { context, page } = await savedIn('fr');
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // The device's French tables come late; the link's Spanish ones at once.
    let releaseFrench: () => void = () => undefined;
    const heldFrench = new Promise<void>((r) => (releaseFrench = r));
    const french: string[] = [];
    await page.route(/\/assets\/fr-[^/]*\.js$/, async (route) => {
      french.push(route.request().url());
      await heldFrench;
      await route.continue();
    });
    await page.goto(`${URL()}?mode=workshop&lang=es`);
    await onScreen(page, 'Dirigir un taller');
    expect(french.length).toBeGreaterThan(0);
    const came = Promise.all(french.map((url) => page.waitForResponse(url)));
    releaseFrench();
    // The French tables have come and been read (their modules evaluated, and a task after); the arcade is still in
    // Spanish, and says so.
    await came;
    // (A string, so the test runner does not rewrite the page's `import`.)
    await page.evaluate(`Promise.all(${JSON.stringify(french)}.map((url) => import(url))).then(() => new Promise((r) => setTimeout(r)))`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await onScreen(page, 'Dirigir un taller');
    expect(problems).toEqual([]);
    await context.close();
  });

  it("says it is loading the workshop on a workshop link, in the link's language", async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    // The arcade's code still on its way (held, as on a slow network): the page's own paint is what shows.
    await page.route('**/*.js', () => new Promise<void>(() => undefined));
    await page.goto(`${URL()}?mode=workshop&lang=es`, { waitUntil: 'commit' });
    await page.locator('#boot .boot-copy[lang="es"]').waitFor({ state: 'visible' });
    expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual(['Arcade de aprendizaje']);
    expect(await page.getByRole('status').allInnerTexts()).toEqual(['Cargando el taller…']);
    await context.close();
  });

  it("says what to do, in the player's language, when the arcade's code cannot be fetched", async () => {
    const { context, page } = await savedIn('es', { width: 390, height: 844 });
    // The page and its entry arrive; the network drops before the arcade's start chunk does.
    await page.route(/\/assets\/start-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(URL());
    const status = page.getByRole('status');
    await page.waitForFunction(() => document.documentElement.classList.contains('boot-failed'));
    expect(await status.allInnerTexts()).toEqual(['El arcade no pudo cargarse. Compruebe la conexión y vuelva a cargar la página.']);
    await context.close();
  });

  it('walks title, picker, level select and settings and back with the keyboard only', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await tabTo(page, 'Play');
    await page.keyboard.press('Enter');
    await onScreen(page, 'Choose a game');
    await tabTo(page, 'Cynefin sorting');
    await page.keyboard.press('Enter');
    await onScreen(page, /Cynefin sorting: choose a level/);
    await page.getByRole('button', { name: /^1\. / }).waitFor();
    // Arrow keys move between levels; the locked ones say so.
    const locked = await page.getByRole('button', { name: /^2\. / }).getAttribute('aria-disabled');
    expect(locked).toBe('true');
    await page.keyboard.press('Escape');
    await onScreen(page, 'Choose a game');
    await page.keyboard.press('Escape');
    await onScreen(page, 'Title screen');
    await tabTo(page, 'Settings');
    await page.keyboard.press('Space');
    await onScreen(page, 'Settings');
    await page.keyboard.press('Escape');
    await onScreen(page, 'Title screen');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('credits each game in its About panel, which Escape closes', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: 'About this game' }).press('Enter');
    const about = (await page.getByRole('region', { name: 'About this game' }).textContent()) ?? '';
    expect(about).toContain('Dave Snowden');
    expect(about).toContain('trademark of The Cynefin Company');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^1\. / }).waitFor();
    expect(await page.getByRole('region', { name: 'About this game' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps a changed setting after a reload', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await tabTo(page, 'Settings');
    await page.keyboard.press('Enter');
    await onScreen(page, 'Settings');
    const sound = page.getByRole('button', { name: 'Sound effects' });
    expect(await sound.getAttribute('aria-pressed')).toBe('true');
    await sound.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('button[data-id="sound"]')?.getAttribute('aria-pressed') === 'false');
    await page.getByRole('button', { name: /Text size/ }).press('Enter');
    await page.getByRole('button', { name: 'Text size: large' }).waitFor();
    await page.reload();
    await onScreen(page, 'Title screen');
    await page.getByRole('button', { name: 'Settings' }).press('Enter');
    await onScreen(page, 'Settings');
    expect(await page.getByRole('button', { name: 'Sound effects' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('button', { name: 'Text size: large' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('starts with corrupted storage: shows a notice, keeps the data aside, and plays on', async () => {
    const { page, problems, context } = await open(browser(), URL(), {
      init: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('learning-arcade/save', '{"version":2, oops'); }`,
    });
    await onScreen(page, 'Title screen');
    const notice = page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/could not be read/);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('learning-arcade/save.corrupt.'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"version":2, oops']);
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).press('Enter');
    await onScreen(page, 'Choose a game');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('plays on in memory when storage throws', async () => {
    const { page, problems, context } = await open(browser(), URL(), {
      init: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });`,
    });
    await onScreen(page, 'Title screen');
    expect(await page.getByRole('alert').textContent()).toMatch(/cannot be saved/);
    await page.getByRole('button', { name: 'Play', exact: true }).press('Enter');
    await onScreen(page, 'Choose a game');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('plays a valid level file opened from the device, keeps it under Your levels, exports and removes it', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    const openFile = page.getByRole('button', { name: 'Open a level file…' });
    await openFile.waitFor();
    // A trainer's level: the first shipped level under a new id and name, with its card ids made unique.
    const shipped = JSON.parse(readFileSync('levels/cynefin/01-first-sort.json', 'utf8')) as {
      id: string;
      title: { en: string };
      order: number;
      cards: Array<{ id: string }>;
    };
    const mine = {
      ...shipped,
      id: 'workshop-monday',
      title: { en: 'Workshop Monday' },
      order: 50,
      cards: shipped.cards.map((c) => ({ ...c, id: `ws-${c.id}` })),
    };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), openFile.press('Enter')]);
    await chooser.setFiles({ name: 'workshop-monday.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    const level = page.getByRole('button', { name: 'Workshop Monday', exact: true });
    await level.waitFor();
    // Levels from a file are never locked.
    expect(await level.getAttribute('aria-disabled')).toBeNull();
    await level.press('Enter');
    await onScreen(page, 'Workshop Monday');
    await page.getByRole('button', { name: /^Situation card/ }).waitFor();
    // Kept in this browser: after a reload it is still there, under Your levels, where it can be exported and removed.
    await page.reload();
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: 'Workshop Monday', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Your levels' }).click();
    await onScreen(page, 'Your levels');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Workshop Monday as a file' }).click()]);
    expect(download.suggestedFilename()).toBe('workshop-monday.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { id: string };
    expect(exported.id).toBe('workshop-monday');
    await page.getByRole('button', { name: 'Remove Workshop Monday from this browser' }).click();
    await page.getByText(/No level of your own is kept/).waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^1\. / }).waitFor();
    expect(await page.getByRole('button', { name: 'Workshop Monday', exact: true }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows an error screen naming the file, field and reason for an invalid level file; other levels still work', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    const open1 = page.getByRole('button', { name: 'Open a level file…' });
    await open1.waitFor();
    const bad = {
      schemaVersion: 1,
      id: 'trainer-level',
      title: { en: 'Mine' },
      order: 9,
      secondStep: 'response',
      showConfused: false,
      scoring: { domain: 10, second: 5, streakBonus: 2, streakFrom: 3 },
      stars: [10, 20, 30],
      cards: [],
    };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open1.press('Enter')]);
    await chooser.setFiles({ name: 'my-level.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await onScreen(page, 'A level could not be opened');
    const details = page.getByRole('region', { name: 'A level could not be opened' });
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('my-level.json');
    expect(text).toContain('Field: cards');
    // The file is one line of JSON: the field is found on it, by column.
    expect(text).toMatch(/Line 1, column \d+/);
    expect(text).toMatch(/Problem: .+/);
    await page.keyboard.press('Escape');
    await onScreen(page, /choose a level/);
    await page.getByRole('button', { name: /^1\. / }).press('Enter');
    await onScreen(page, 'First sort');
    expect(problems).toEqual([]);
    await context.close();
  });
});
