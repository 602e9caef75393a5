// A live room for the server's tests: a small deck of three cards, two teams, and a server on loopback.
import { createServer } from 'node:net';
import { ColyseusTestServer } from '@colyseus/testing';
import type { Room as SdkRoom } from '@colyseus/sdk';
import { liveServer } from '../../../server/app';
import type { HostCreate, LiveDeck } from '../../../src/core/liveMessages';

const options = ['clear', 'complicated', 'complex', 'chaotic'].map((id, i) => ({ id, label: `Option ${id}`, mark: String(i + 1) }));

export const deck: LiveDeck = {
  lang: 'en',
  question: 'Which domain is this?',
  unit: 'card',
  unscored: false,
  withhold: false,
  storyOptions: options,
  cards: ['c1', 'c2', 'c3'].map((id, i) => ({
    id,
    text: `Situation ${i + 1}`,
    question: '',
    options,
    credit: { [options[i]!.id]: 1, [options[i + 1]!.id]: 0.5 },
    accepted: [{ option: options[i]!.id, credit: 1, why: `Because of ${id}` }],
    explanation: `Explained ${id}`,
  })),
};

export const create = (o: Partial<HostCreate> = {}): HostCreate => ({
  nonce: `nonce-${Math.random().toString(36).slice(2)}-${Date.now()}`,
  levelId: 'level-1',
  teams: [
    { id: 't1', name: 'Harbour' },
    { id: 't2', name: 'Hill' },
  ],
  cardSeconds: null,
  deck,
  ...o,
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A live server bound to 127.0.0.1 only, with Colyseus's test client on it. */
export async function bootLive(): Promise<ColyseusTestServer> {
  const server = await liveServer();
  await server.listen(await freePort(), '127.0.0.1');
  return new ColyseusTestServer(server);
}

/** Waits until a client has received a message of a type (the latest one), or gives up after a few seconds. */
export function inbox(room: SdkRoom): { last: (type: string) => Promise<unknown>; all: Map<string, unknown[]> } {
  const all = new Map<string, unknown[]>();
  room.onMessage('*', (type, payload) => {
    const k = String(type);
    all.set(k, [...(all.get(k) ?? []), payload]);
  });
  return {
    all,
    last: async (type) => {
      for (let i = 0; i < 200; i++) {
        const got = all.get(type);
        if (got?.length) return got[got.length - 1];
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`no '${type}' message`);
    },
  };
}
