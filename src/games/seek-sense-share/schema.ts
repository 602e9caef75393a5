// Level files of "Seek, sense, share": the city's challenge, its contacts, budget, objectives and stars,
// with every cross-reference checked here (DESIGN rule 3) so a bad trainer file names the field at fault.
import { z } from 'zod';
import { say } from '../../core/authorMessages';
import { discussionOf, idSchema, levelHeader, levelText } from '../../core/levels';

/** The three kinds of tie, strongest first (Jarche's work teams, communities of practice, social networks). */
export const TIE_KINDS = ['team', 'community', 'network'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/** Tiers after the three levels of city-to-city learning: discover, create together, learn how the network learns. */
export const TIERS = ['reactive', 'proactive', 'meta'] as const;

/**
 * Sectors of stakeholders outside local government (the blue dots of a cloud of trust). Only these count as outside
 * members of a community of practice and as sectors of diversity.
 */
export const OUTSIDE_SECTORS = ['national', 'business', 'academia', 'civil-society', 'development-partner'] as const;
export type OutsideSector = (typeof OUTSIDE_SECTORS)[number];
/**
 * Other local governments and their own organisations: outside your own city hall (`kind: 'outside'`), but local
 * government all the same (red dots in Campbell's figure), so they never count as an outside sector. `association`:
 * associations and networks of local governments (a national association of municipalities such as ANAMM or FNP,
 * UCLG and its committees, a city network): local government's own organisations, counted as local government
 * everywhere (levels, check, debrief).
 */
export const PEER_SECTORS = ['peer-city', 'association'] as const;
/** Units inside the city's own government (the red dots); `monitoring` is the monitoring and evaluation unit. */
export const INSIDE_SECTORS = [
  'local-government',
  'mayor-office',
  'finance',
  'planning',
  'transport',
  'civil-protection',
  'communication',
  'participation',
  'monitoring',
] as const;
export const SECTORS = [...INSIDE_SECTORS, ...PEER_SECTORS, ...OUTSIDE_SECTORS] as const;
export type Sector = (typeof SECTORS)[number];

/** Size bounds: shipped levels stay small enough to read on a projector; the schema accepts benchmark-sized files. */
export const LIMITS = {
  contacts: 250,
  ties: 400,
  shippedContacts: 60,
  sources: 4,
  audiences: 20,
  mustInclude: 5,
  budget: 500,
} as const;

/** Points per objective; stars in a level file are thresholds on their sum. */
export const POINTS = { seek: 25, sense: 25, share: 25, diversity: 15, budget: 10 } as const;
export const MAX_SCORE = POINTS.seek + POINTS.sense + POINTS.share + POINTS.diversity + POINTS.budget;

/**
 * Cost of one tie of each kind when a level does not set its own, in time and goodwill (the relationship capital a
 * city spends on keeping a tie; not the trust a community builds, which SENSE measures). Network ties spend no
 * goodwill: they are loose.
 */
export const DEFAULT_COSTS = {
  team: { time: 3, goodwill: 2 },
  community: { time: 2, goodwill: 1 },
  network: { time: 1, goodwill: 0 },
} as const satisfies Record<TieKind, { time: number; goodwill: number }>;

/** The four ways of working out loud the learning forum lists (seed 000); a level may name the one it plays out. */
export const OUT_LOUD_WAYS = ['observatory', 'advice', 'association', 'platform'] as const;

const nodeId = idSchema(40);
/** Normalised position for the view: 0..1 on each axis, the view scales it to the screen. */
const position = z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });
/** Goodwill a tie costs; `trust` is its old name, still read from older files (goodwill wins when both are given). */
const cost = z.strictObject({
  time: z.number().int().min(0).max(50),
  goodwill: z.number().int().min(0).max(50).optional(),
  trust: z.number().int().min(0).max(50).optional(),
});

export const tieSchema = z.strictObject({ a: nodeId, b: nodeId, kind: z.enum(TIE_KINDS) });
export type Tie = z.infer<typeof tieSchema>;

export const contactSchema = z.strictObject({
  id: nodeId,
  name: levelText,
  kind: z.enum(['inside', 'outside']),
  sector: z.enum(SECTORS),
  position,
  /** One line the view shows when the contact is selected (who they are, why they matter). */
  note: levelText.optional(),
  /** Only reachable through someone already in the city's network (a ministry, a far city). */
  requiresIntroduction: z.boolean().optional(),
  /** Extra goodwill every tie with this contact costs (a wary partner). */
  extraGoodwill: z.number().int().min(0).max(10).optional(),
  /** Old name of `extraGoodwill`, still read from older files. */
  extraTrust: z.number().int().min(0).max(10).optional(),
  /** Kinds of tie this contact takes part in; all kinds when absent. */
  accepts: z.array(z.enum(TIE_KINDS)).min(1).max(3).optional(),
});
export type Contact = z.infer<typeof contactSchema>;

const objectivesSchema = z.strictObject({
  seek: z.strictObject({
    /** The practice being learned, for the debrief ("participatory budgeting"). */
    practice: levelText,
    /** Where the practice lives; several sources mean it is created together (pro-active tier). */
    sources: z
      .array(
        z.strictObject({
          contact: nodeId,
          /** How deep the know-how is: 1 simple news, 2 tested know-how, 3 complex practice. */
          depth: z.number().int().min(1).max(3),
        }),
      )
      .min(1)
      .max(LIMITS.sources),
  }),
  sense: z.strictObject({
    /** Trust the community needs: community-of-practice ties among its members (each one is a point of trust). */
    minTrust: z.number().int().min(1).max(50),
    /** Members from outside local government (not peer cities) the community needs to test the practice honestly. */
    minOutside: z.number().int().min(0).max(10),
    /** Contacts that must belong to the community (meta tier: the monitoring and evaluation unit). */
    mustInclude: z.array(nodeId).max(LIMITS.mustInclude).optional(),
  }),
  share: z.strictObject({
    audiences: z.array(nodeId).min(1).max(LIMITS.audiences),
    /** How many audiences must be reached; all of them when absent. */
    min: z.number().int().min(1).max(LIMITS.audiences).optional(),
    /** How far the city's story travels: each tie crossed uses 1 (network), 2 (community) or 3 (team). */
    reach: z.number().int().min(1).max(30),
    /** The story must also get back to every source the city learned from; at every tier unless set to false. */
    backToSources: z.boolean().optional(),
    /** Which of the four ways of working out loud this level plays out, named in the brief and the debrief. */
    way: z.enum(OUT_LOUD_WAYS).optional(),
  }),
  diversity: z.strictObject({
    /** Distinct outside sectors in the city's cloud of trust for full diversity points. */
    target: z.number().int().min(1).max(OUTSIDE_SECTORS.length),
  }),
});

const levelObject = z.strictObject({
  ...levelHeader,
  tier: z.enum(TIERS),
  /** Seeds the simulation's choice among equally good paths, so a level always plays the same way. */
  seed: z.number().int().min(0).max(0xffffffff),
  /** The challenge story shown before building. */
  brief: levelText,
  /** A booth round (a few minutes): the ideas' explanations and the how-to are left out; the booth's take-home card
   * carries the ideas. */
  compact: z.boolean().optional(),
  /** Time and goodwill to spend on ties; `trust` is goodwill's old name, still read from older files. */
  budget: z.strictObject({
    time: z.number().int().min(0).max(LIMITS.budget),
    goodwill: z.number().int().min(0).max(LIMITS.budget).optional(),
    trust: z.number().int().min(0).max(LIMITS.budget).optional(),
  }),
  costs: z.strictObject({ team: cost, community: cost, network: cost }).optional(),
  city: z.strictObject({ id: nodeId, name: levelText, position }),
  contacts: z.array(contactSchema).min(1).max(LIMITS.contacts),
  /** Ties that exist before the player starts; they are free and cannot be undone. */
  ties: z.array(tieSchema).max(LIMITS.ties).optional(),
  objectives: objectivesSchema,
  stars: z.tuple([z.number().int(), z.number().int(), z.number().int()]),
  /** A set of ties that wins the level, proved by the tests; never shown to players. */
  solution: z.array(tieSchema).max(LIMITS.ties).optional(),
  /** Two or three open questions for the room's debrief after this level (not scored). */
  discussion: discussionOf(levelText),
});

const INSIDE_SET: ReadonlySet<string> = new Set(INSIDE_SECTORS);
const OUTSIDE_SET: ReadonlySet<string> = new Set(OUTSIDE_SECTORS);

/** Whether a sector is outside local government altogether (a blue dot): peer cities and the city's units are not. */
export function isOutsideSector(sector: Sector): sector is OutsideSector {
  return OUTSIDE_SET.has(sector);
}

/** Where a contact stands in a cloud of trust: the city's own units, other local governments, or other stakeholders. */
export type Side = 'inside' | 'peer' | 'outside';
export function sideOf(c: Pick<Contact, 'sector'>): Side {
  return INSIDE_SET.has(c.sector) ? 'inside' : isOutsideSector(c.sector) ? 'outside' : 'peer';
}

/** A level's budget in time and goodwill, whichever name its file used. */
export function budgetOf(level: Pick<Level, 'budget'>): { time: number; goodwill: number } {
  return { time: level.budget.time, goodwill: level.budget.goodwill ?? level.budget.trust ?? 0 };
}

/** Key of an unordered pair, so a–b and b–a are the same tie. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

type Ctx = z.core.$RefinementCtx<z.infer<typeof levelObject>>;

function checkTies(ties: readonly Tie[], field: 'ties' | 'solution', nodes: ReadonlyMap<string, Contact | null>, seen: Set<string>, ctx: Ctx): void {
  ties.forEach((t, i) => {
    let ends = true;
    for (const end of ['a', 'b'] as const) {
      if (!nodes.has(t[end])) {
        ctx.addIssue({ code: 'custom', message: say('sss.noNode', { id: t[end] }), path: [field, i, end] });
        ends = false;
      }
    }
    if (!ends) return;
    if (t.a === t.b) {
      ctx.addIssue({ code: 'custom', message: say('sss.selfTie'), path: [field, i, 'b'] });
      return;
    }
    for (const end of ['a', 'b'] as const) {
      const c = nodes.get(t[end]);
      if (c?.accepts && !c.accepts.includes(t.kind)) {
        ctx.addIssue({ code: 'custom', message: say('sss.kindRefused', { id: c.id, kind: t.kind }), path: [field, i, 'kind'] });
      }
    }
    const key = pairKey(t.a, t.b);
    if (seen.has(key)) {
      ctx.addIssue({ code: 'custom', message: say('sss.tiedTwice', { a: t.a, b: t.b }), path: [field, i] });
    }
    seen.add(key);
  });
}

export const levelSchema = levelObject.superRefine((lv, ctx) => {
  // Every node the level can name: the city (null) and the contacts.
  const nodes = new Map<string, Contact | null>([[lv.city.id, null]]);
  lv.contacts.forEach((c, i) => {
    if (nodes.has(c.id)) {
      ctx.addIssue({ code: 'custom', message: say('sss.idTwice', { id: c.id }), path: ['contacts', i, 'id'] });
    } else {
      nodes.set(c.id, c);
    }
    if ((c.kind === 'inside') !== INSIDE_SET.has(c.sector)) {
      ctx.addIssue({
        code: 'custom',
        message: say('sss.sector', { sector: c.sector, kind: c.kind }),
        path: ['contacts', i, 'sector'],
      });
    }
    if (c.accepts && new Set(c.accepts).size !== c.accepts.length) {
      ctx.addIssue({ code: 'custom', message: say('sss.kindTwice'), path: ['contacts', i, 'accepts'] });
    }
  });

  if (lv.budget.goodwill === undefined && lv.budget.trust === undefined) {
    ctx.addIssue({ code: 'custom', message: say('type.missing', { kind: 'a whole number' }), path: ['budget', 'goodwill'] });
  }
  for (const kind of TIE_KINDS) {
    const c = lv.costs?.[kind];
    if (c && c.goodwill === undefined && c.trust === undefined) {
      ctx.addIssue({ code: 'custom', message: say('type.missing', { kind: 'a whole number' }), path: ['costs', kind, 'goodwill'] });
    }
  }

  const existing = new Set<string>();
  checkTies(lv.ties ?? [], 'ties', nodes, existing, ctx);
  // The solution may not repeat a tie that already exists.
  checkTies(lv.solution ?? [], 'solution', nodes, new Set(existing), ctx);

  const isContact = (id: string): boolean => nodes.get(id) != null;
  const checkRefs = (ids: readonly string[], path: (i: number) => (string | number)[]): void => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!isContact(id)) ctx.addIssue({ code: 'custom', message: say('sss.noContact', { id }), path: path(i) });
      else if (seen.has(id)) ctx.addIssue({ code: 'custom', message: say('sss.listedTwice', { id }), path: path(i) });
      seen.add(id);
    });
  };
  const o = lv.objectives;
  checkRefs(
    o.seek.sources.map((s) => s.contact),
    (i) => ['objectives', 'seek', 'sources', i, 'contact'],
  );
  checkRefs(o.sense.mustInclude ?? [], (i) => ['objectives', 'sense', 'mustInclude', i]);
  checkRefs(o.share.audiences, (i) => ['objectives', 'share', 'audiences', i]);
  if (o.share.min !== undefined && o.share.min > o.share.audiences.length) {
    ctx.addIssue({
      code: 'custom',
      message: say('sss.audiences', { min: o.share.min, count: o.share.audiences.length }),
      path: ['objectives', 'share', 'min'],
    });
  }
  const outsideCount = lv.contacts.filter((c) => isOutsideSector(c.sector)).length;
  if (o.sense.minOutside > outsideCount) {
    ctx.addIssue({
      code: 'custom',
      message: say('sss.outside', { need: o.sense.minOutside, count: outsideCount }),
      path: ['objectives', 'sense', 'minOutside'],
    });
  }
  const sectors = new Set(lv.contacts.filter((c) => isOutsideSector(c.sector)).map((c) => c.sector));
  if (o.diversity.target > sectors.size) {
    ctx.addIssue({
      code: 'custom',
      message: say('sss.diversity', { target: o.diversity.target, count: sectors.size }),
      path: ['objectives', 'diversity', 'target'],
    });
  }

  const [s1, s2, s3] = lv.stars;
  if (s1 < 1) ctx.addIssue({ code: 'custom', message: say('sss.firstStar'), path: ['stars', 0] });
  if (s2 <= s1) ctx.addIssue({ code: 'custom', message: say('sss.secondStar'), path: ['stars', 1] });
  if (s3 <= s2) ctx.addIssue({ code: 'custom', message: say('sss.thirdStar'), path: ['stars', 2] });
  if (s3 > MAX_SCORE) ctx.addIssue({ code: 'custom', message: say('sss.starReach', { max: MAX_SCORE }), path: ['stars', 2] });
});

export type Level = z.infer<typeof levelSchema>;
