// The first paint, from the HTML and CSS alone (issue 25): index.html's boot copies are written here from the shell's
// string table (src/arcade/strings/<lang>.json: the title, the tagline and the loading line), one per language, and a
// tiny inline script picks the player's: a workshop or booth link's `lang`, else the saved setting, else English.
// The script is allowed by its hash in the page's Content-Security-Policy (no 'unsafe-inline'), worked out here so
// that an edit to it cannot leave the page without its language. src/main.ts removes the copies after the first frame.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const BOOT_LANGS = ['en', 'fr', 'es'];
/** The save's storage key (src/core/saveFormat.ts SAVE_KEY; a unit test holds them equal). */
export const BOOT_SAVE_KEY = 'learning-arcade/save';

/** A value written into the inline script: JSON, with `<` escaped, so no `</script>` or `<!--` can ever end it. */
const js = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Sets <html lang> (and the text-size and workshop classes) before the body is parsed; quiet on any failure. */
export const BOOT_SCRIPT =
  `(function(){var d=document.documentElement,q=new URLSearchParams(location.search),L=${js(BOOT_LANGS)},l=null,t=1;` +
  `try{var s=JSON.parse(localStorage.getItem(${js(BOOT_SAVE_KEY)})||'null');if(s&&s.settings){l=s.settings.lang;t=s.settings.textScale}}catch(e){}` +
  `if(q.has('mode')&&L.indexOf(q.get('lang'))>=0)l=q.get('lang');` +
  `if(L.indexOf(l)>=0)d.lang=l;if(t===1.25)d.classList.add('boot-ts125');if(t===1.5)d.classList.add('boot-ts150');` +
  `if(q.get('mode')==='workshop')d.classList.add('boot-ws')})()`;

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('base64');

/** The page frame and first paint's style (src/ui/boot.css), comments and line breaks out, inlined in the page. */
export function bootStyle(root = '.') {
  return readFileSync(`${root}/src/ui/boot.css`, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('');
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The boot copies, one per language, from the shell's string table. */
export function bootCopies(root = '.') {
  return BOOT_LANGS.map((lang) => {
    const t = JSON.parse(readFileSync(`${root}/src/arcade/strings/${lang}.json`, 'utf8'));
    const s = (k) => escapeHtml(t[k]);
    return (
      `<div class="boot-copy" lang="${lang}"><h1 class="boot-title">${s('app.title')}</h1><p class="boot-tag">${s('app.tagline')}</p>` +
      `<p class="boot-msg" role="status"><span class="boot-spinner" aria-hidden="true"></span>` +
      `<span class="boot-play">${s('boot.loading')}</span><span class="boot-workshop">${s('boot.workshop')}</span>` +
      `<span class="boot-failed">${s('boot.failed')}</span></p></div>`
    );
  }).join('\n        ');
}

/** Whether a built page's entry chunk is the arcade's (src/boot.ts), not the bench's stress page. */
const isBootEntry = (chunk) => chunk.moduleIds.some((id) => id.endsWith('/src/boot.ts'));

/**
 * src/boot.ts as a few lines of the inline script: after the first paint, the start chunk (its modules are already
 * fetched by the modulepreload links; its style is in the page); the failure line if the chunk cannot be fetched.
 */
function inlineEntry(startUrl) {
  return (
    `(function(){var d=document,fail=function(){d.documentElement.classList.add('boot-failed')},` +
    `go=function(){import(${js(startUrl)}).catch(fail)};` +
    `if(d.visibilityState==='hidden')go();else requestAnimationFrame(function(){setTimeout(go)})})()`
  );
}

/** @returns {import('vite').Plugin} */
export function bootPage() {
  return {
    name: 'arcade-boot-page',
    // After Vite's own work on the page, so that what is hashed is what is served.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!html.includes('<!--BOOT-COPIES-->')) return html;
        let style = bootStyle();
        let script = BOOT_SCRIPT;
        // In a build, the entry's few lines (src/boot.ts) join the inline script: the page then needs no file but
        // itself to paint, on every load. The start chunk's name and style are known here.
        const entry = ctx?.chunk;
        if (entry && ctx.bundle && isBootEntry(entry)) {
          const start = entry.dynamicImports[0];
          // The start chunk's style (the accessible layer's, 3 KB gzip) joins the page's own: fetched after the first
          // paint, it held the start back by a round trip (30 ms here on loopback, far more on a slow network).
          const cssFiles = [...(ctx.bundle[start]?.viteMetadata?.importedCss ?? [])];
          if (cssFiles.length === 0) throw new Error('The start chunk has no style (src/ui/arcade.css, imported by src/main.ts)');
          // Vite's preloader still lists the style among the files some lazy imports wait for, and fetches it unless a
          // stylesheet link of that address is in the page: a disabled one marks it as here, and is never fetched.
          html = html.replace('</head>', () => `${cssFiles.map((f) => `<link rel="stylesheet" href="./${f}" disabled>`).join('')}\n  </head>`);
          for (const f of cssFiles) {
            const asset = ctx.bundle[f];
            if (asset?.type !== 'asset') throw new Error(`The start chunk's style ${f} is not in the bundle`);
            style += String(asset.source);
          }
          script += `;${inlineEntry(`./${start}`)}`;
          html = html.replace(`<script type="module" crossorigin src="./${entry.fileName}"></script>`, '');
        }
        return (
          html
            .replace('<!--BOOT-COPIES-->', bootCopies())
            .replace('BOOT_SCRIPT', () => script)
            // On the dev server (npm start) Vite injects each module's style as an inline <style>: there the policy lets
            // inline style in (with a hash listed, a browser would ignore 'unsafe-inline'). The build's is hash-only.
            .replace("'sha256-BOOT_STYLE_HASH'", ctx?.server ? "'unsafe-inline'" : `'sha256-${sha256(style)}'`)
            .replace('<!--BOOT-STYLE-->', () => `<style id="boot-style">${style}</style>`)
            .replace('BOOT_HASH', sha256(script))
        );
      },
    },
  };
}

/**
 * Build only: the modules the entry (src/boot.ts) imports once the first paint is on screen are fetched at once
 * beside it, with modulepreload links (fetched and compiled, not evaluated). The dynamic import then finds them here.
 * @returns {import('vite').Plugin}
 */
export function preloadArcade() {
  return {
    name: 'arcade-preload-after-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const entry = ctx.chunk;
        const bundle = ctx.bundle;
        if (!entry || !bundle || !isBootEntry(entry)) return html;
        const seen = new Set(entry.imports);
        const files = [];
        const visit = (file) => {
          if (seen.has(file)) return;
          seen.add(file);
          const c = bundle[file];
          if (!c || c.type !== 'chunk') return;
          for (const dep of c.imports) visit(dep);
          files.push(file);
        };
        for (const d of entry.dynamicImports) visit(d);
        // Not their style: a style preload is refused once a service worker serves the page (Chromium warns of a
        // "cross-world service worker resource mismatch"); Vite's preloader fetches it with the modules.
        return files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' }));
      },
    },
  };
}
