// `npm run live`: the arcade and its live room on one port of this machine, reachable on the local network, so a
// trainer's laptop on the venue's Wi-Fi is all a workshop needs (no internet). It prints the address to open on the
// laptop and a QR code of it. Environment: PORT (default 2567), HOST (default every interface), DIST (default
// dist/), REDIS_URL (rooms shared by several processes), PUBLIC_ADDRESS (this process behind a load balancer).
import { networkInterfaces } from 'node:os';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from 'lean-qr';
import { liveServer } from './app';

const port = Number(process.env.PORT ?? 2567);
const host = process.env.HOST ?? '0.0.0.0';
const dist = resolve(process.env.DIST ?? 'dist');

/** This machine's addresses on the local network (IPv4, not loopback): what a phone in the room can reach. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`No built arcade in ${dist}: run "npm run build" first (npm run live does).`);
  process.exit(1);
}
const server = await liveServer({ dist, redisUrl: process.env.REDIS_URL, publicAddress: process.env.PUBLIC_ADDRESS });
await server.listen(port, host);
const lan = host === '0.0.0.0' ? lanAddresses() : [host];
const url = `http://${lan[0] ?? '127.0.0.1'}:${port}/?mode=workshop`;
console.log(
  `\nLearning Arcade, live room: serving ${dist} and the room server on port ${port}${process.env.REDIS_URL ? ' (rooms shared through Redis)' : ''}.`,
);
console.log(`\nOn the trainer's laptop open:\n  ${url}`);
for (const other of lan.slice(1)) console.log(`  or http://${other}:${port}/?mode=workshop`);
console.log("\nPhones join from the room screen's own QR code. This one opens the workshop on another device:\n");
console.log(generate(url).toString({ on: '\u2588\u2588', off: '  ', padX: 2, padY: 1 }));
console.log("Ctrl+C stops the server; the trainer's browser keeps the session record.");
const stop = (): void => void server.gracefullyShutdown(true);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
