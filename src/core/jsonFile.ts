// A JSON file from outside (a session, a progress file) read against the head of its zod schema: the data, or what
// is wrong with it and where (the JSON parser's message, or the first field's path and zod's message). Pure.
import type { z } from 'zod';

export function readJsonHead<S extends z.ZodType>(text: string, schema: S, what: string): { data: z.infer<S> } | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { problem: e instanceof Error ? e.message : 'JSON' };
  }
  const head = schema.safeParse(raw);
  if (head.success) return { data: head.data };
  const first = head.error.issues[0];
  return { problem: first ? `${first.path.join('.') || '(top)'}: ${first.message}` : what };
}
