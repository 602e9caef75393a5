// The page's entry in development. A build writes these few lines into the page's inline script instead
// (scripts/vite-boot-page.mjs inlineEntry), so that the page needs no file but itself to paint; keep the two alike.
// The page's own first paint (index.html's title, tagline and loading line, in the player's
// language) reaches the screen before the arcade's code is evaluated, then the arcade starts (src/main.ts). The
// arcade's modules are fetched meanwhile (modulepreload links, scripts/vite-boot-page.mjs), so nothing waits on the
// network for this: the cost is one frame, against a blank page for as long as the engine takes to evaluate.
const painted = new Promise<void>((resolve) => {
  // A tab opened in the background draws no frame until it is shown: start at once there.
  if (document.visibilityState === 'hidden') return resolve();
  requestAnimationFrame(() => setTimeout(resolve));
});
// If the arcade's code cannot be fetched (the network dropped mid-load), the page says so and what to do, in the
// player's language, instead of loading for ever (index.html's boot copies, src/ui/boot.css).
painted.then(() => import('./main')).catch(() => document.documentElement.classList.add('boot-failed'));
