// Sounds named for what happened (DESIGN.md rule 9). Howler is imported only after the first user gesture,
// so no AudioContext exists before it (no autoplay warning) and nothing is queued to play late.
import selectOgg from '../../assets/audio/select.ogg?url';
import selectMp3 from '../../assets/audio/select.mp3?url';
import correctOgg from '../../assets/audio/correct.ogg?url';
import correctMp3 from '../../assets/audio/correct.mp3?url';
import wrongOgg from '../../assets/audio/wrong.ogg?url';
import wrongMp3 from '../../assets/audio/wrong.mp3?url';
import completeOgg from '../../assets/audio/complete.ogg?url';
import completeMp3 from '../../assets/audio/complete.mp3?url';
import timeUpOgg from '../../assets/audio/timeup.ogg?url';
import timeUpMp3 from '../../assets/audio/timeup.mp3?url';
import musicOgg from '../../assets/audio/music.ogg?url';
import musicMp3 from '../../assets/audio/music.mp3?url';
import type { Howl as HowlType } from 'howler';

type Cue = 'select' | 'correct' | 'wrong' | 'complete' | 'timeUp';
/** Ogg Vorbis first, MP3 where the browser has no Vorbis (Safari): Howler plays the first it can. */
const FORMATS = ['ogg', 'mp3'];
const URLS: Record<Cue, string[]> = {
  select: [selectOgg, selectMp3],
  correct: [correctOgg, correctMp3],
  wrong: [wrongOgg, wrongMp3],
  complete: [completeOgg, completeMp3],
  timeUp: [timeUpOgg, timeUpMp3],
};
const MUSIC = [musicOgg, musicMp3];

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
  /** A workshop card's clock reached zero (two bell strokes: not a result, a call to the room). */
  timeUp(): void {
    this.play('timeUp');
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
      h = new this.howler.Howl({ src: URLS[cue], format: FORMATS, preload: true });
      this.cues.set(cue, h);
    }
    h.volume(1);
    h.play();
  }

  private syncMusic(): void {
    if (!this.howler) return;
    if (this.settings.music) {
      if (!this.music) this.music = new this.howler.Howl({ src: MUSIC, format: FORMATS, loop: true, volume: 0.35 });
      if (!this.music.playing()) this.music.play();
    } else if (this.music) {
      this.music.stop();
    }
  }
}
