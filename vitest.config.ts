// Unit tests run in Node: rules and services are Phaser-free (DESIGN.md rule 1).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests walk every path of a scenario or fuzz hundreds of files: seconds each on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
