// The live room's server: Colyseus with the live room defined, and (when given a folder) the built arcade served on
// the same port, so a trainer's laptop on the venue's Wi-Fi is all a workshop needs. With a Redis address, rooms
// are shared by several processes (Colyseus's Redis presence and driver); without, one process holds them in memory.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import express from 'express';
import { LocalPresence, Server, matchMaker, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { CODE, LIVE_MAX_MESSAGE, LIVE_ROOM } from '../src/core/liveMessages';
import { LiveRoom } from './liveRoom';
import WebSocket from 'ws';

// Node 20 has no global WebSocket, and Colyseus 0.18 reads one: the server on a phone's reconnection
// (`WebSocket.OPEN` in Room._onJoin) and the SDK when it reconnects. Node 22 has it; every browser has it.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

/** The largest matchmaking request taken (bytes): a room's opening with its deck and, reopening, its record. */
const MAX_REQUEST_BYTES = 1024 * 1024;

export interface LiveServerOptions {
  /** The built arcade to serve (dist/); none: the room server alone. */
  dist?: string;
  /** Several processes sharing rooms through one Redis. */
  redisUrl?: string;
  /** This process's address as other processes reach it (behind a load balancer). */
  publicAddress?: string;
}

export async function liveServer(o: LiveServerOptions = {}): Promise<Server> {
  const http = createServer();
  // Colyseus reads a matchmaking request's body whole: a request larger than any room's opening (a deck of 40 cards
  // with its record) is refused before it reaches it, as is one that does not say its length.
  const emit = http.emit.bind(http);
  http.emit = ((event: string, ...args: unknown[]): boolean => {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      const length = Number(req.headers['content-length'] ?? NaN);
      if (req.method === 'POST' && req.url?.startsWith('/matchmake') && !(length <= MAX_REQUEST_BYTES)) {
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end('{"error":"request too large"}');
        req.destroy();
        return true;
      }
    }
    return emit(event, ...args);
  }) as typeof http.emit;
  // A phone's message is a few bytes; anything over the limit closes that connection and changes nothing.
  const transport = new WebSocketTransport({ server: http, maxPayload: LIVE_MAX_MESSAGE });
  let presence: Presence = new LocalPresence();
  let driver: unknown;
  if (o.redisUrl) {
    const { RedisPresence } = await import('@colyseus/redis-presence');
    const { RedisDriver } = await import('@colyseus/redis-driver');
    presence = new RedisPresence(o.redisUrl);
    driver = new RedisDriver(o.redisUrl);
  }
  const server = new Server({
    transport,
    presence,
    ...(driver ? { driver: driver as never } : {}),
    ...(o.publicAddress ? { publicAddress: o.publicAddress } : {}),
    greet: false,
    gracefullyShutdown: false,
    express: (app: express.Application) => {
      // The trainer's window moves its live room to another level: the deck is larger than a phone's message may
      // be, so it comes over HTTP, to whichever process holds the room (remoteRoomCall), proven by the host secret.
      app.post('/live/deck', express.json({ limit: '600kb' }), async (req, res) => {
        const code = typeof req.body?.code === 'string' && CODE.test(req.body.code) ? (req.body.code as string) : null;
        if (!code) return void res.status(400).json({ error: 'no room code' });
        if ((await matchMaker.query({ roomId: code })).length === 0) return void res.status(404).json({ error: 'no such room' });
        try {
          const ok = (await matchMaker.remoteRoomCall(code, 'setDeck', [req.body])) as boolean;
          res.status(ok ? 200 : 403).json({ ok });
        } catch {
          res.status(404).json({ error: 'no such room' });
        }
      });
      // The arcade's files: the phone page and the trainer's arcade, no directory listings, no dotfiles.
      if (o.dist) app.use(express.static(o.dist, { dotfiles: 'ignore', index: 'index.html', fallthrough: true }));
    },
  });
  server.define(LIVE_ROOM, LiveRoom);
  return server;
}
