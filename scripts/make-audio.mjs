// Synthesises the arcade's sounds (no downloads, no samples): short mono WAV files under assets/audio/.
// Run `npm run assets` after changing a recipe; the output is committed.
import { writeFileSync, mkdirSync } from 'node:fs';
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

function wav(name, buf) {
  const data = Buffer.alloc(buf.length * 2);
  for (let i = 0; i < buf.length; i++) {
    const v = Math.max(-1, Math.min(1, buf[i]));
    data.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  const h = Buffer.alloc(44);
  h.write('RIFF', 0); h.writeUInt32LE(36 + data.length, 4); h.write('WAVE', 8);
  h.write('fmt ', 12); h.writeUInt32LE(16, 16); h.writeUInt16LE(1, 20); h.writeUInt16LE(1, 22);
  h.writeUInt32LE(RATE, 24); h.writeUInt32LE(RATE * 2, 28); h.writeUInt16LE(2, 32); h.writeUInt16LE(16, 34);
  h.write('data', 36); h.writeUInt32LE(data.length, 40);
  writeFileSync(join(out, name), Buffer.concat([h, data]));
  console.log(`${name}: ${((44 + data.length) / 1024).toFixed(1)} KB`);
}

wav('select.wav', render(0.12, (b) => tone(b, 0, note(84), 0.12, 0.25, 30)));
wav('correct.wav', render(0.45, (b) => { tone(b, 0, note(72), 0.3); tone(b, 0.09, note(76), 0.3); tone(b, 0.18, note(79), 0.27); }));
wav('wrong.wav', render(0.4, (b) => { tone(b, 0, note(62), 0.35, 0.3, 5); tone(b, 0.14, note(58), 0.26, 0.3, 6); }));
wav('complete.wav', render(1.1, (b) => { [72, 76, 79, 84].forEach((n, i) => tone(b, i * 0.12, note(n), 0.7, 0.28, 4)); tone(b, 0.5, note(88), 0.6, 0.22, 3); }));
// An 8-bar calm loop in C major, 96 bpm: a pentatonic melody over a soft bass.
wav('music.wav', render(10, (b) => {
  const beat = 60 / 96;
  const bass = [48, 45, 41, 43];
  const mel = [76, 79, 81, 79, 76, 74, 72, 74, 76, 79, 84, 81, 79, 76, 74, 72];
  for (let bar = 0; bar < 4; bar++) for (let k = 0; k < 4; k++) tone(b, (bar * 4 + k) * beat, note(bass[bar]), beat * 1.2, 0.18, 3);
  mel.forEach((n, i) => tone(b, i * beat, note(n), beat * 1.5, 0.12, 4));
}));
