// Draws the arcade's art as SVG (no downloads): the title skyline and the facilitator game's portraits.
// Run `node scripts/make-art.mjs` after changing a recipe; the output under assets/art/ is committed.
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'art');
mkdirSync(out, { recursive: true });
const save = (name, body, w, h) => {
  writeFileSync(join(out, name), `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>\n`);
};

// Title art: three small cities linked by arcs of conversation.
{
  const city = (x, c, heights) =>
    heights
      .map(
        (h, i) =>
          `<rect x="${x + i * 26}" y="${200 - h}" width="22" height="${h}" rx="3" fill="${c}"/>` +
          Array.from(
            { length: Math.floor(h / 22) },
            (_, k) => `<rect x="${x + i * 26 + 7}" y="${200 - h + 8 + k * 22}" width="8" height="8" fill="#ffd166" opacity="0.85"/>`,
          ).join(''),
      )
      .join('');
  const body =
    `<rect x="0" y="196" width="640" height="8" rx="4" fill="#2b3b63"/>` +
    city(30, '#4c6fa8', [90, 130, 70, 110]) +
    city(250, '#6b8fc9', [120, 80, 150, 95, 60]) +
    city(490, '#4c6fa8', [100, 70, 125, 85]) +
    `<path d="M100 90 Q 200 0 300 40" stroke="#ffb703" stroke-width="5" fill="none" stroke-dasharray="10 8" stroke-linecap="round"/>` +
    `<path d="M360 40 Q 460 0 550 80" stroke="#ffb703" stroke-width="5" fill="none" stroke-dasharray="10 8" stroke-linecap="round"/>` +
    `<circle cx="300" cy="40" r="9" fill="#ffb703"/><circle cx="100" cy="90" r="9" fill="#ffb703"/><circle cx="550" cy="80" r="9" fill="#ffb703"/><circle cx="360" cy="40" r="9" fill="#ffb703"/>`;
  save('skyline.svg', body, 640, 210);
}

// Portraits: one friendly face per cast role, told apart by shape and accessory as well as colour.
const skins = ['#8d5524', '#c68642', '#e0ac69', '#f1c27d', '#ffdbac', '#6b4226'];
const hairs = ['#1b1b1b', '#4a2f1a', '#7a4b1f', '#b0b0b0', '#2e1b10', '#d9a441'];
const roles = {
  facilitator: { bg: '#ffd166', shirt: '#2b3b63', skin: 2, hair: 1, style: 'short', extra: 'marker' },
  mayor: { bg: '#f4a261', shirt: '#3d405b', skin: 1, hair: 3, style: 'bald', extra: 'chain' },
  newcomer: { bg: '#a8dadc', shirt: '#457b9d', skin: 4, hair: 5, style: 'long', extra: '' },
  presenter: { bg: '#e9c46a', shirt: '#6d597a', skin: 0, hair: 0, style: 'bun', extra: 'slides' },
  responder: { bg: '#90be6d', shirt: '#264653', skin: 3, hair: 4, style: 'short', extra: 'bubble' },
  translator: { bg: '#cdb4db', shirt: '#3a0ca3', skin: 2, hair: 0, style: 'long', extra: 'headset' },
  expert: { bg: '#bde0fe', shirt: '#1d3557', skin: 4, hair: 3, style: 'short', extra: 'glasses' },
  official: { bg: '#ffc8dd', shirt: '#5f0f40', skin: 5, hair: 0, style: 'short', extra: 'tie' },
  citizen: { bg: '#caffbf', shirt: '#2a9d8f', skin: 1, hair: 2, style: 'curly', extra: '' },
  notetaker: { bg: '#fdffb6', shirt: '#6a4c93', skin: 3, hair: 1, style: 'bun', extra: 'pad' },
  timekeeper: { bg: '#ffd6a5', shirt: '#9b2226', skin: 0, hair: 4, style: 'curly', extra: 'clock' },
  partner: { bg: '#9bf6ff', shirt: '#005f73', skin: 5, hair: 5, style: 'long', extra: 'glasses' },
};
for (const [name, r] of Object.entries(roles)) {
  const skin = skins[r.skin];
  const hair = hairs[r.hair];
  const hairShape = {
    short: `<path d="M62 70 Q64 38 100 36 Q136 38 138 70 Q126 54 100 54 Q74 54 62 70Z" fill="${hair}"/>`,
    bald: `<path d="M64 74 Q62 60 70 56 L72 74Z M136 74 Q138 60 130 56 L128 74Z" fill="${hair}"/>`,
    long: `<path d="M58 120 Q52 40 100 34 Q148 40 142 120 L130 120 Q134 60 100 56 Q66 60 70 120Z" fill="${hair}"/>`,
    bun: `<circle cx="100" cy="30" r="16" fill="${hair}"/><path d="M62 72 Q64 40 100 38 Q136 40 138 72 Q120 56 100 56 Q80 56 62 72Z" fill="${hair}"/>`,
    curly: Array.from({ length: 7 }, (_, i) => `<circle cx="${66 + i * 11.3}" cy="${50 - Math.sin((i / 6) * Math.PI) * 10}" r="13" fill="${hair}"/>`).join(''),
  }[r.style];
  const extra = {
    marker: `<rect x="138" y="150" width="10" height="40" rx="3" fill="#ffb703" transform="rotate(25 143 170)"/>`,
    chain: `<path d="M74 150 Q100 182 126 150" stroke="#ffb703" stroke-width="6" fill="none"/><circle cx="100" cy="172" r="8" fill="#ffb703"/>`,
    slides: `<rect x="136" y="140" width="44" height="34" rx="4" fill="#ffffff" stroke="#1b1b1b" stroke-width="3"/><path d="M144 166 L154 154 L162 162 L172 148" stroke="#1b1b1b" stroke-width="3" fill="none"/>`,
    bubble: `<path d="M140 30 h44 a8 8 0 0 1 8 8 v22 a8 8 0 0 1 -8 8 h-30 l-10 10 v-10 h-4 a8 8 0 0 1 -8 -8 v-22 a8 8 0 0 1 8 -8z" fill="#ffffff" stroke="#1b1b1b" stroke-width="3"/>`,
    headset: `<path d="M62 90 Q62 40 100 40 Q138 40 138 90" stroke="#1b1b1b" stroke-width="6" fill="none"/><rect x="54" y="84" width="14" height="24" rx="5" fill="#1b1b1b"/><rect x="132" y="84" width="14" height="24" rx="5" fill="#1b1b1b"/><path d="M60 106 Q70 128 88 124" stroke="#1b1b1b" stroke-width="4" fill="none"/>`,
    glasses: `<circle cx="86" cy="88" r="11" fill="none" stroke="#1b1b1b" stroke-width="4"/><circle cx="114" cy="88" r="11" fill="none" stroke="#1b1b1b" stroke-width="4"/><path d="M97 88 h6" stroke="#1b1b1b" stroke-width="4"/>`,
    tie: `<path d="M100 146 l-8 10 l8 34 l8 -34z" fill="#ffb703"/>`,
    pad: `<rect x="134" y="146" width="34" height="44" rx="4" fill="#ffffff" stroke="#1b1b1b" stroke-width="3"/><path d="M140 158 h22 M140 168 h22 M140 178 h14" stroke="#1b1b1b" stroke-width="3"/>`,
    clock: `<circle cx="160" cy="50" r="22" fill="#ffffff" stroke="#1b1b1b" stroke-width="4"/><path d="M160 50 V36 M160 50 L170 56" stroke="#1b1b1b" stroke-width="4" stroke-linecap="round"/>`,
    '': '',
  }[r.extra];
  const body =
    `<circle cx="100" cy="100" r="98" fill="${r.bg}"/>` +
    `<path d="M40 200 Q44 142 100 138 Q156 142 160 200Z" fill="${r.shirt}"/>` +
    `<rect x="90" y="118" width="20" height="24" fill="${skin}"/>` +
    `<ellipse cx="100" cy="86" rx="36" ry="42" fill="${skin}"/>` +
    hairShape +
    `<circle cx="87" cy="88" r="4" fill="#1b1b1b"/><circle cx="113" cy="88" r="4" fill="#1b1b1b"/>` +
    `<path d="M88 106 Q100 116 112 106" stroke="#1b1b1b" stroke-width="4" fill="none" stroke-linecap="round"/>` +
    extra;
  save(`portrait-${name}.svg`, body, 200, 200);
}
console.log('art written to', out);

// Game covers for the picker: a small picture of each game's board, not only its colours.
{
  // Cynefin: four quadrants with their marks and Confused in the centre.
  const q = (x, y, fill, mark) =>
    `<rect x="${x}" y="${y}" width="150" height="90" rx="12" fill="${fill}" stroke="#3d4451" stroke-width="3"/><text x="${x + 75}" y="${y + 58}" font-family="sans-serif" font-size="40" text-anchor="middle" fill="#1b1b1b">${mark}</text>`;
  save(
    'game-cynefin.svg',
    q(0, 0, '#cfe8d5', '◇') +
      q(160, 0, '#cfe0f5', '▢') +
      q(0, 100, '#f6d3cf', '✶') +
      q(160, 100, '#fbeccb', '○') +
      `<circle cx="155" cy="95" r="34" fill="#e3dcef" stroke="#1b1b1b" stroke-width="3"/><text x="155" y="108" font-family="sans-serif" font-size="34" text-anchor="middle" fill="#1b1b1b">?</text>`,
    310,
    190,
  );
  // Seek, sense, share: the city hexagon tied to contacts by the three kinds of tie.
  const node = (x, y, inside) =>
    inside
      ? `<circle cx="${x}" cy="${y}" r="16" fill="#f4a6a0" stroke="#1b1b1b" stroke-width="3"/>`
      : `<rect x="${x - 16}" y="${y - 16}" width="32" height="32" rx="7" fill="#8ecae6" stroke="#1b1b1b" stroke-width="3"/>`;
  const hex = Array.from({ length: 6 }, (_, k) => `${155 + 30 * Math.cos((Math.PI / 3) * k)},${95 + 30 * Math.sin((Math.PI / 3) * k)}`).join(' ');
  save(
    'game-seek-sense-share.svg',
    `<line x1="155" y1="95" x2="60" y2="50" stroke="#ffd166" stroke-width="9"/><line x1="155" y1="95" x2="255" y2="45" stroke="#7fdbc4" stroke-width="5" stroke-dasharray="14 8"/>` +
      `<line x1="155" y1="95" x2="270" y2="150" stroke="#c9d3e6" stroke-width="4" stroke-dasharray="2 8" stroke-linecap="round"/><line x1="255" y1="45" x2="270" y2="150" stroke="#c9d3e6" stroke-width="4" stroke-dasharray="2 8" stroke-linecap="round"/>` +
      `<line x1="155" y1="95" x2="70" y2="155" stroke="#ffd166" stroke-width="9"/>` +
      node(60, 50, true) +
      node(70, 155, true) +
      node(255, 45, false) +
      node(270, 150, false) +
      `<polygon points="${hex}" fill="#ffb703" stroke="#1b1b1b" stroke-width="3"/>`,
    310,
    190,
  );
  // Facilitator: a flipchart and speech bubbles around a table.
  save(
    'game-facilitator.svg',
    `<rect x="20" y="20" width="80" height="100" rx="6" fill="#fdf6e3" stroke="#1b1b1b" stroke-width="3"/><path d="M35 50 h50 M35 70 h40 M35 90 h30" stroke="#3d4451" stroke-width="4"/><path d="M40 120 l-12 50 M80 120 l12 50" stroke="#c9d3e6" stroke-width="5"/>` +
      `<ellipse cx="205" cy="150" rx="80" ry="26" fill="#dcc9a3" stroke="#1b1b1b" stroke-width="3"/>` +
      `<circle cx="150" cy="112" r="16" fill="#f4a6a0"/><circle cx="205" cy="104" r="16" fill="#8ecae6"/><circle cx="260" cy="112" r="16" fill="#cdb4db"/>` +
      `<path d="M130 20 h80 a10 10 0 0 1 10 10 v28 a10 10 0 0 1 -10 10 h-50 l-14 14 v-14 h-16 a10 10 0 0 1 -10 -10 v-28 a10 10 0 0 1 10 -10z" fill="#ffffff" stroke="#1b1b1b" stroke-width="3"/>` +
      `<path d="M230 34 h56 a8 8 0 0 1 8 8 v20 a8 8 0 0 1 -8 8 h-10 v12 l-12 -12 h-34 a8 8 0 0 1 -8 -8 v-20 a8 8 0 0 1 8 -8z" fill="#ffd166" stroke="#1b1b1b" stroke-width="3"/>` +
      `<text x="170" y="52" font-family="sans-serif" font-size="26" text-anchor="middle" fill="#1b1b1b">?</text>`,
    310,
    190,
  );
}
