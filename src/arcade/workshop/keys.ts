// Scene keys of the workshop's own screens: the trainer's setup (with the link, teams and export), the guide,
// and the room answering a game's cards together.
export const WORKSHOP_SCENES = {
  setup: 'WorkshopSetup',
  guide: 'WorkshopGuide',
  room: 'WorkshopRoom',
} as const;
