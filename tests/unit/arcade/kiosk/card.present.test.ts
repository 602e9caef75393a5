// The take-home card's words, read from its presenter in Node: the code's accessible name and caption, the card's
// text (for the visitor by nickname, the result, the score), the address written out, and the ways on.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../../src/core/i18n';
import { presentCard, type CardInput } from '../../../../src/arcade/kiosk/card.present';

afterEach(() => setLang('en'));

function input(o: Partial<CardInput> = {}): CardInput {
  return {
    game: 'Cynefin sorting',
    level: 'First sort',
    score: 42,
    maxScore: 60,
    stars: 2,
    nickname: null,
    url: 'https://arcade.example/',
    captionInText: false,
    ...o,
  };
}

describe('the take-home card', () => {
  it('writes out the result beside the code, and the address to find the arcade again', () => {
    const v = presentCard(input());
    expect(v.title).toBe('Your take-home card');
    expect(v.back).toBe('Back');
    expect(v.qrLabel).toBe('QR code: a link to your result and what to take home, for your phone. Its text is written out beside it.');
    expect(v.caption).toBe('Scan to keep it on your phone');
    expect(v.lines).toEqual([{ text: 'Cynefin sorting: First sort', cls: 'strong' }, { text: 'Score 42 of 60, 2 stars of 3' }]);
    expect(v.moreTitle).toBe('Keep learning');
    expect(v.more).toEqual({ text: 'Keep learning on your own at https://arcade.example/', cls: 'url' });
  });

  it('names the visitor by the nickname they gave the board, isolated as on the board', () => {
    expect(presentCard(input({ nickname: 'Ana', stars: 1 })).lines).toEqual([
      { text: 'For \u2068Ana\u2069', cls: 'strong' },
      { text: 'Cynefin sorting: First sort', cls: 'strong' },
      { text: 'Score 42 of 60, 1 star of 3' },
    ]);
  });

  it('keeps a right-to-left name from reordering the words round it', () => {
    // Without the isolates, "For" and the Arabic name would be laid out as one mixed run.
    expect(presentCard(input({ nickname: 'مدينة سلا' })).lines[0]!.text).toBe('For \u2068مدينة سلا\u2069');
  });

  it('opens the text with the caption where there is no room for it under the code', () => {
    expect(presentCard(input({ captionInText: true })).lines[0]).toEqual({ text: 'Scan to keep it on your phone', cls: 'strong' });
  });

  it('leads on to another game, or done as the main way', () => {
    expect(presentCard(input()).nav).toEqual([
      { id: 'another', label: 'Play another game', style: 'quiet', to: 'picker' },
      { id: 'done', label: 'I’m done', style: 'primary', to: 'title' },
    ]);
  });

  it('reads in French', async () => {
    await loadLang('fr');
    setLang('fr');
    const v = presentCard(input({ game: 'Tri Cynefin', level: 'Premier tri' }));
    expect(v.lines[0]!.text).toMatch(/^Tri Cynefin\s:\sPremier tri$/);
    expect(v.caption).toBe('Scannez-la pour la garder sur votre téléphone');
  });
});
