// Synthesises the arcade's sounds (no downloads, no samples) and encodes each twice under assets/audio/:
// Ogg Vorbis (played first where the browser can) and MP3 (the fallback, for Safari). The encoders are LAME and
// libvorbis compiled to WebAssembly inside the wasm-media-encoders package: nothing is fetched.
// Run `npm run assets` after changing a recipe; the output is committed. All files together stay under 100 KB.
import { writeFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const RATE = 22050;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');
mkdirSync(out, { recursive: true });

const note = (n) => 440 * 2 ** ((n - 69) / 12);

/** A soft plucked tone: sine plus a little third harmonic, fast attack, exponential decay. */
function tone(buf, start, freq, dur, gain = 0.35, decay = 6) {
  const s0 = Math.floor(start * RATE);
  const n = Math.floor(dur * RATE);
  for (let i = 0; i < n && s0 + i < buf.length; i++) {
    const t = i / RATE;
    const env = Math.min(1, t / 0.005) * Math.exp(-decay * t);
    const v = Math.sin(2 * Math.PI * freq * t) + 0.2 * Math.sin(6 * Math.PI * freq * t);
    buf[s0 + i] += gain * env * v;
  }
}

function render(seconds, fn) {
  const buf = new Float32Array(Math.ceil(seconds * RATE));
  fn(buf);
  return buf;
}

const mp3 = await createMp3Encoder();
const ogg = await createOggEncoder();

/** Encodes a mono buffer with one encoder; the encoder owns its output, so each piece is copied. */
function encode(encoder, config, buf) {
  encoder.configure({ sampleRate: RATE, channels: 1, ...config });
  const parts = [Buffer.from(encoder.encode([buf])), Buffer.from(encoder.finalize())];
  return Buffer.concat(parts);
}

/** Short cues need little; the music loop is the biggest file, so it gets the lowest quality that still sounds clean. */
function write(name, buf, { music = false } = {}) {
  const clipped = buf.map((v) => Math.max(-1, Math.min(1, v)));
  const files = [
    [`${name}.ogg`, encode(ogg, { vbrQuality: music ? -1 : 0 }, clipped)],
    [`${name}.mp3`, encode(mp3, { bitrate: music ? 24 : 32 }, clipped)],
  ];
  for (const [file, data] of files) {
    writeFileSync(join(out, file), data);
    console.log(`${file}: ${(data.length / 1024).toFixed(1)} KB`);
  }
}

// The WAV files of earlier releases are gone from the repo; remove any left in a working copy.
for (const f of readdirSync(out)) if (f.endsWith('.wav')) rmSync(join(out, f));

write(
  'select',
  render(0.12, (b) => tone(b, 0, note(84), 0.12, 0.25, 30)),
);
write(
  'correct',
  render(0.45, (b) => {
    tone(b, 0, note(72), 0.3);
    tone(b, 0.09, note(76), 0.3);
    tone(b, 0.18, note(79), 0.27);
  }),
);
write(
  'wrong',
  render(0.4, (b) => {
    tone(b, 0, note(62), 0.35, 0.3, 5);
    tone(b, 0.14, note(58), 0.26, 0.3, 6);
  }),
);
write(
  'complete',
  render(1.1, (b) => {
    [72, 76, 79, 84].forEach((n, i) => tone(b, i * 0.12, note(n), 0.7, 0.28, 4));
    tone(b, 0.5, note(88), 0.6, 0.22, 3);
  }),
);
// A workshop card's time is up: two soft bell strokes, heard across a room without sounding like a result.
write(
  'timeup',
  render(1.2, (b) => {
    for (const at of [0, 0.42]) {
      tone(b, at, note(81), 0.75, 0.26, 3.5);
      tone(b, at, note(88), 0.6, 0.08, 5);
    }
  }),
);
// An 8-bar calm loop in C major, 96 bpm: a pentatonic melody over a soft bass.
write(
  'music',
  render(10, (b) => {
    const beat = 60 / 96;
    const bass = [48, 45, 41, 43];
    const mel = [76, 79, 81, 79, 76, 74, 72, 74, 76, 79, 84, 81, 79, 76, 74, 72];
    for (let bar = 0; bar < 4; bar++) for (let k = 0; k < 4; k++) tone(b, (bar * 4 + k) * beat, note(bass[bar]), beat * 1.2, 0.18, 3);
    mel.forEach((n, i) => tone(b, i * beat, note(n), beat * 1.5, 0.12, 4));
  }),
  { music: true },
);

const total = readdirSync(out).reduce((n, f) => n + statSync(join(out, f)).size, 0);
console.log(`all sound files: ${(total / 1024).toFixed(1)} KB`);
