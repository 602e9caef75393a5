// Sounds named for what happened (DESIGN.md rule 9). Howler is imported only after the first user gesture,
// so no AudioContext exists before it (no autoplay warning) and nothing is queued to play late.
import selectUrl from '../../assets/audio/select.wav?url';
import correctUrl from '../../assets/audio/correct.wav?url';
import wrongUrl from '../../assets/audio/wrong.wav?url';
import completeUrl from '../../assets/audio/complete.wav?url';
import musicUrl from '../../assets/audio/music.wav?url';
import type { Howl as HowlType } from 'howler';

type Cue = 'select' | 'correct' | 'wrong' | 'complete';
const URLS: Record<Cue, string> = { select: selectUrl, correct: correctUrl, wrong: wrongUrl, complete: completeUrl };

export interface AudioSettings {
  sound: boolean;
  music: boolean;
  volume: number;
}

export class AudioPlayer {
  private howler: typeof import('howler') | null = null;
  private readonly cues = new Map<Cue, HowlType>();
  private music: HowlType | null = null;
  private unlocked = false;
  private settings: AudioSettings;
  private readonly onGesture = (): void => void this.unlock();

  constructor(settings: AudioSettings) {
    this.settings = { ...settings };
    window.addEventListener('pointerdown', this.onGesture, { once: true, capture: true });
    window.addEventListener('keydown', this.onGesture, { once: true, capture: true });
  }

  /** A choice was made or a control pressed. */
  select(): void {
    this.play('select');
  }
  correct(): void {
    this.play('correct');
  }
  wrong(): void {
    this.play('wrong');
  }
  levelComplete(): void {
    this.play('complete');
  }

  apply(settings: AudioSettings): void {
    this.settings = { ...settings };
    if (!this.howler) return;
    this.howler.Howler.volume(settings.volume);
    this.howler.Howler.mute(!settings.sound && !settings.music);
    this.syncMusic();
  }

  /** How many Howl objects exist: the memory benchmark counts them to catch leaks. */
  get howlCount(): number {
    return this.cues.size + (this.music ? 1 : 0);
  }

  private async unlock(): Promise<void> {
    if (this.unlocked) return;
    this.unlocked = true;
    window.removeEventListener('pointerdown', this.onGesture, { capture: true });
    window.removeEventListener('keydown', this.onGesture, { capture: true });
    this.howler = await import('howler');
    this.howler.Howler.autoUnlock = true;
    this.apply(this.settings);
  }

  private play(cue: Cue): void {
    // Before the first gesture a sound would only be queued and play late; drop it instead.
    if (!this.howler || !this.settings.sound) return;
    let h = this.cues.get(cue);
    if (!h) {
      h = new this.howler.Howl({ src: [URLS[cue]], format: ['wav'], preload: true });
      this.cues.set(cue, h);
    }
    h.volume(1);
    h.play();
  }

  private syncMusic(): void {
    if (!this.howler) return;
    if (this.settings.music) {
      if (!this.music) this.music = new this.howler.Howl({ src: [musicUrl], format: ['wav'], loop: true, volume: 0.35 });
      if (!this.music.playing()) this.music.play();
    } else if (this.music) {
      this.music.stop();
    }
  }
}
