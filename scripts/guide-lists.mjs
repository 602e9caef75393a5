// Writes the parts of the facilitator guides that come from the level files, so a guide never drifts from its levels:
// each level's debrief questions (the "Questions for each level" part), and for Cynefin the cards that carry a note
// for the trainer (between the trainer-notes markers of the "Sensitive cards" part). The English guide takes the
// level files' English, a translated guide the level overlays' translations. A unit test (tests/unit/games/
// discussion.test.ts) fails when a guide and its levels disagree; run this after changing a level.
// Usage: node scripts/guide-lists.mjs
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const GAMES = ['cynefin', 'seek-sense-share', 'facilitator'];
const LANGS = ['en', 'fr', 'es'];
const HEADING = { en: 'Questions for each level', fr: 'Questions pour chaque niveau', es: 'Preguntas para cada nivel' };
const INTRO = {
  en: 'Each level carries two or three questions of its own, to put to the room after that level; in the room, the end screen shows them and each reveal shows one. They are listed here as the level files have them.',
  fr: 'Chaque niveau porte deux ou trois questions qui lui sont propres, à poser à la salle après ce niveau\u00a0; dans la salle, l’écran de fin les affiche et chaque révélation en montre une. Elles sont listées ici telles que les fichiers de niveau les donnent.',
  es: 'Cada nivel trae dos o tres preguntas propias, para plantear a la sala después de ese nivel; en la sala, la pantalla final las muestra y cada revelación muestra una. Aquí se listan tal como las dan los archivos de nivel.',
};
const NOTES_START = '<!-- trainer-notes: written by scripts/guide-lists.mjs -->';
const NOTES_END = '<!-- /trainer-notes -->';
const NO_NOTES = { en: 'No card carries a note at present.', fr: 'Aucune carte ne porte de note pour l’instant.', es: 'Por ahora ninguna tarjeta lleva nota.' };

/** Quotation marks as each language writes them. */
const QUOTES = { en: ['“', '”'], fr: ['«\u00a0', '\u00a0»'], es: ['«', '»'] };
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));

function levelsOf(game) {
  const dir = join('levels', game);
  return readdirSync(dir)
    .filter((f) => /^[^.]+\.json$/.test(f))
    .map((f) => ({
      file: f,
      level: read(join(dir, f)),
      overlay: Object.fromEntries(
        LANGS.filter((l) => l !== 'en').map((l) => [
          l,
          existsSync(join(dir, f.replace(/\.json$/, `.${l}.json`))) ? read(join(dir, f.replace(/\.json$/, `.${l}.json`))) : {},
        ]),
      ),
    }))
    .sort((a, b) => a.level.order - b.level.order);
}

/** A level text in a language: the English, or the overlay's translation at its JSON pointer. */
function text(l, lang, pointer, en) {
  if (lang === 'en') return en;
  return l.overlay[lang]?.[pointer]?.text || en;
}

function questionsPart(levels, lang) {
  const out = [`### ${HEADING[lang]}`, '', INTRO[lang], ''];
  levels.forEach((l, n) => {
    const qs = l.level.discussion ?? [];
    if (qs.length === 0) return;
    out.push(`**${n + 1}. ${text(l, lang, '/title', l.level.title.en)}**`, '');
    qs.forEach((q, i) => out.push(`- ${text(l, lang, `/discussion/${i}`, q.en)}`));
    out.push('');
  });
  return out.join('\n');
}

function notesPart(levels, lang) {
  const lines = [];
  levels.forEach((l, n) => {
    (l.level.cards ?? []).forEach((c, i) => {
      if (!c.trainerNote) return;
      const [open, close] = QUOTES[lang];
      lines.push(
        `- *${n + 1}. ${text(l, lang, '/title', l.level.title.en)}*${lang === 'fr' ? '\u00a0' : ''}: ${open}${text(l, lang, `/cards/${i}/text`, c.text.en)}${close} ${text(l, lang, `/cards/${i}/trainerNote`, c.trainerNote.en)}`,
      );
    });
  });
  return [NOTES_START, '', ...(lines.length ? lines : [NO_NOTES[lang]]), '', NOTES_END].join('\n');
}

for (const game of GAMES) {
  const levels = levelsOf(game);
  for (const lang of LANGS) {
    const path = join('docs', lang === 'en' ? `guide-${game}.md` : `guide-${game}.${lang}.md`);
    if (!existsSync(path)) continue;
    let md = readFileSync(path, 'utf8');
    const head = `### ${HEADING[lang]}`;
    const at = md.indexOf(head);
    if (at < 0) {
      console.error(`${path}: no "${head}" part`);
      process.exitCode = 1;
      continue;
    }
    const rest = md.slice(at);
    const end = rest.search(/\n## /);
    md = md.slice(0, at) + questionsPart(levels, lang) + (end < 0 ? '\n' : rest.slice(end));
    const s = md.indexOf(NOTES_START);
    const e = md.indexOf(NOTES_END);
    if (s >= 0 && e > s) md = md.slice(0, s) + notesPart(levels, lang) + md.slice(e + NOTES_END.length);
    writeFileSync(path, md);
    console.log(`${path}: written`);
  }
}
