// What a PinLock is given in the Node tests: Node's own SHA-256 and random bytes, and a clock the test moves.
import { createHash, randomBytes } from 'node:crypto';
import type { PinDeps } from '../../../src/core/pin';

export function pinDeps(clock: { t: number }): PinDeps {
  return {
    sha256: async (d) => {
      const h = createHash('sha256').update(d).digest();
      return h.buffer.slice(h.byteOffset, h.byteOffset + h.byteLength) as ArrayBuffer;
    },
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    now: () => clock.t,
  };
}
