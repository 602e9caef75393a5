// Every game's rules have the one shape of the SDK (games/sdk/model.ts), checked the same way for each: a round
// starts, survives a save as JSON, refuses a broken save with the shared code, and plays to its end.
import { describe, expect, it } from 'vitest';
import { isInvalid } from '../../../../src/core/round';
import type { GameModel } from '../../../../src/games/sdk/model';
import { SHARED_REFUSALS } from '../../../../src/games/sdk/model';
import { model as cynefin } from '../../../../src/games/cynefin/rules';
import { model as facilitator } from '../../../../src/games/facilitator/rules';
import { model as sss } from '../../../../src/games/seek-sense-share/rules';
import { loadLevels as cynefinLevels } from '../../../../src/games/cynefin/levels';
import { loadLevels as facilitatorLevels } from '../../../../src/games/facilitator/levels';
import { loadLevels as sssLevels } from '../../../../src/games/seek-sense-share/levels';
import type { Action as CynefinAction } from '../../../../src/games/cynefin/rules';
import type { Action as FacAction } from '../../../../src/games/facilitator/rules';
import { currentCard, optionsShown } from '../../../../src/games/cynefin/model';
import { availableChoices } from '../../../../src/games/facilitator/model';

const first = async <L>(load: () => Promise<Array<{ ok: boolean; level?: L }>>): Promise<L> => {
  const l = (await load()).find((x) => x.ok);
  if (!l?.level) throw new Error('no level');
  return l.level;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyModel = GameModel<any, any, any, string>;
const GAMES: Array<[string, AnyModel, () => Promise<unknown>, (level: never, state: never) => unknown]> = [
  [
    'cynefin',
    cynefin,
    () => first(cynefinLevels),
    (level: never, state: never): CynefinAction | null => {
      const card = currentCard(level, state);
      if (!card) return null;
      return (state as { phase: string }).phase === 'place'
        ? { type: 'place', cardId: card.id, domain: 'clear' }
        : { type: 'second', cardId: card.id, choice: optionsShown(level, state, card.id)[0]!.id };
    },
  ],
  [
    'facilitator',
    facilitator,
    () => first(facilitatorLevels),
    (level: never, state: never): FacAction => {
      const open = availableChoices(level, state).filter((o) => !o.locked);
      return open.length > 0 ? { type: 'choose', index: open[0]!.choice === undefined ? 0 : open[0]!.index } : { type: 'continue' };
    },
  ],
  // Building no tie at all, then letting the flow run to its end: a legal (if poor) round.
  [
    'seek-sense-share',
    sss,
    () => first(sssLevels),
    (_level: never, state: never) => ((state as { phase: string }).phase === 'build' ? { type: 'run' } : { type: 'finish' }),
  ],
];

describe.each(GAMES)('%s: the SDK model interface', (_name, model, level, next) => {
  it('starts a round that survives a save as JSON', async () => {
    const l = await level();
    const s = model.start(l, 7);
    expect(model.isDone(l, s)).toBe(false);
    expect(model.resume(l, JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('refuses a broken save with the shared code, and an action it does not know', async () => {
    const l = await level();
    const r = model.resume(l, 'not a save');
    expect(isInvalid(r) && r.code).toBe('save-malformed');
    expect(SHARED_REFUSALS).toContain('save-malformed');
    const a = model.apply(l, model.start(l, 7), { type: 'no-such-action' });
    expect(isInvalid(a)).toBe(true);
  });

  it('plays to its end through apply, then gives a summary', async () => {
    const l = await level();
    let s = model.start(l, 3);
    for (let i = 0; i < 500 && !model.isDone(l, s); i++) {
      const a = next(l as never, s as never);
      const r = model.apply(l, s, a);
      if (isInvalid(r)) throw new Error(r.code);
      s = r;
    }
    expect(model.isDone(l, s)).toBe(true);
    expect(model.summary(l, s).items.length).toBeGreaterThan(0);
  });
});
