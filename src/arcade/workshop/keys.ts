// Scene keys of the workshop's own screens: the trainer's setup (with the link, teams and export) and the guide.
export const WORKSHOP_SCENES = {
  setup: 'WorkshopSetup',
  guide: 'WorkshopGuide',
} as const;
