// A game's name is read when it is shown: in the player's language once its table has come, though the game's
// module was loaded before the language was chosen.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, localize, setLang } from '../../../src/core/i18n';
import { cynefinGame } from '../../../src/games/cynefin';
import { facilitatorGame } from '../../../src/games/facilitator';
import { seekSenseShareGame } from '../../../src/games/seek-sense-share';

afterEach(() => setLang('en'));

describe('the games’ names', () => {
  it('follow the language chosen after the games were loaded', async () => {
    expect([cynefinGame, facilitatorGame, seekSenseShareGame].map((g) => localize(g.title))).toEqual([
      'Cynefin sorting',
      'Facilitator role-play',
      'Seek, sense, share',
    ]);
    await loadLang('fr');
    setLang('fr');
    expect(localize(cynefinGame.title)).toBe('Tri Cynefin');
    expect(localize(seekSenseShareGame.title)).toBe('Chercher, donner du sens, partager');
    expect(localize(facilitatorGame.about)).toMatch(/facilitateur/);
  });
});
