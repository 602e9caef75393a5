// The shell's screens in one table: what each is opened with (ScreenData, which types goTo) and, for the screens the
// title does not need, the chunk each loads from the first time it opens (LAZY_SCREENS). A new screen is one line
// in each; nothing else registers screens.
import type Phaser from 'phaser';
import type { SCENES } from './keys';
import type { KIOSK_SCENES } from './kiosk/keys';
import type { WORKSHOP_SCENES } from './workshop/keys';
import type { EDITOR_SCENE, EditorData } from './workshop/editor/keys';
import type { ErrorData, ResultsData } from './flow';
import type { PinData } from './kiosk/PinScene';
import type { BoardData } from './kiosk/BoardScene';
import type { CardData } from './kiosk/CardScene';
import type { SetupData } from './workshop/SetupScene';
import type { GuideData } from './workshop/GuideScene';
import type { RoomData } from './workshop/workshop';
import type { CheckData } from './learning/CheckScene';

type Values<T> = T[keyof T];

/** Opened with a game: its level select, primer, own levels. */
export interface GameData {
  gameId: string;
}

/** Where a screen's Back goes, and with what (a screen reached from several places: settings, recap, setup). */
export type Back = { [K in ScreenKey]: { from: K; fromData?: ScreenData[K] } }[ScreenKey];

/** Each screen's key and what it is opened with (undefined: nothing). */
export interface ScreenData {
  Title: undefined;
  Picker: undefined;
  LevelSelect: GameData;
  Results: ResultsData;
  Settings: Partial<Back> | undefined;
  LevelError: ErrorData;
  Check: CheckData;
  Library: undefined;
  Recap: Partial<Back> | undefined;
  Primer: GameData;
  YourLevels: GameData;
  LevelEditor: EditorData;
  KioskPin: PinData;
  KioskOperator: undefined;
  KioskBoard: BoardData;
  KioskCard: CardData;
  KioskBoardAdmin: undefined;
  WorkshopSetup: SetupData | undefined;
  WorkshopGuide: GuideData;
  WorkshopRoom: RoomData;
}

/** The screens goTo opens: the boot screen starts itself, and the pause screen is launched over a game. */
export type ScreenKey =
  | Exclude<Values<typeof SCENES>, typeof SCENES.boot | typeof SCENES.pause>
  | Exclude<Values<typeof KIOSK_SCENES>, typeof KIOSK_SCENES.takeHome>
  | Values<typeof WORKSHOP_SCENES>
  | typeof EDITOR_SCENE;

/** The arguments goTo takes for a screen: its data, optional where the screen needs none. */
export type ScreenArgs<K extends ScreenKey> = undefined extends ScreenData[K] ? [data?: ScreenData[K]] : [data: ScreenData[K]];

type SceneClass = typeof Phaser.Scene;

/**
 * Screens loaded the first time they open (arcade/flow.ts goTo): a smaller start on a phone. The picker and the
 * results and the pause screen load as soon as the title is drawn (main.ts warmScreens); the title is in the start
 * bundle; the games' scenes load through their GameEntry.
 */
export const LAZY_SCREENS: Partial<Record<ScreenKey | typeof SCENES.pause, () => Promise<SceneClass>>> = {
  Pause: async () => (await import('./PauseScene')).PauseScene,
  Picker: async () => (await import('./PickerScene')).PickerScene,
  Results: async () => (await import('./ResultsScene')).ResultsScene,
  LevelSelect: async () => (await import('./LevelSelectScene')).LevelSelectScene,
  Settings: async () => (await import('./SettingsScene')).SettingsScene,
  LevelError: async () => (await import('./ErrorScene')).ErrorScene,
  Check: async () => (await import('./learning/CheckScene')).CheckScene,
  Library: async () => (await import('./learning/LibraryScene')).LibraryScene,
  Recap: async () => (await import('./learning/RecapScene')).RecapScene,
  Primer: async () => (await import('./learning/PrimerScene')).PrimerScene,
  YourLevels: async () => (await import('./YourLevelsScene')).YourLevelsScene,
  LevelEditor: async () => (await import('./workshop/editor/EditorScene')).EditorScene,
  WorkshopSetup: async () => (await import('./workshop/SetupScene')).SetupScene,
  WorkshopGuide: async () => (await import('./workshop/GuideScene')).GuideScene,
  WorkshopRoom: async () => (await import('./workshop/room/RoomScene')).RoomScene,
  KioskPin: async () => (await import('./kiosk/PinScene')).PinScene,
  KioskOperator: async () => (await import('./kiosk/OperatorScene')).OperatorScene,
  KioskBoard: async () => (await import('./kiosk/BoardScene')).BoardScene,
  KioskCard: async () => (await import('./kiosk/CardScene')).CardScene,
  KioskBoardAdmin: async () => (await import('./kiosk/BoardAdminScene')).BoardAdminScene,
};
