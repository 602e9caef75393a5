// Words of "Seek, sense, share" that are not level content: names, labels, refusals and debrief sentences.
// `say` fills a template in every language at once, for summaries that must outlive a language switch.
import { defineStrings, LANGS, type LocalText } from '../../core/i18n';

export const sssStrings = defineStrings({
  en: {
    'game.title': 'Seek, sense, share',
    'game.description': 'Build your city’s network of ties, then watch a practice come in, get tested and travel back out.',
    'game.credit': 'Based on Harold Jarche’s seek > sense > share model of network learning and Tim Campbell’s clouds of trust.',

    'tie.team': 'Work team',
    'tie.team.desc': 'Strong tie: costly, but carries complex know-how.',
    'tie.community': 'Community of practice',
    'tie.community.desc': 'Medium tie: a trusted place to test ideas together.',
    'tie.network': 'Social network',
    'tie.network.desc': 'Weak tie: cheap, carries news and stories far.',

    'step.seek': 'SEEK',
    'step.seek.desc': 'Find the practice you need and bring its know-how home along your ties.',
    'step.sense': 'SENSE',
    'step.sense.desc': 'Test and adapt it in a community of practice that includes people from outside government.',
    'step.share': 'SHARE',
    'step.share.desc': 'Work out loud: your city’s experience travels through your network to those who can use it.',

    'depth.1': 'simple news',
    'depth.2': 'tested know-how',
    'depth.3': 'complex practice',

    'tier.reactive': 'Discover',
    'tier.reactive.desc': 'Find out what other cities already know.',
    'tier.proactive': 'Create together',
    'tier.proactive.desc': 'Build new knowledge with peers from several places.',
    'tier.meta': 'Learn how you learn',
    'tier.meta.desc': 'Watch and improve how the network itself learns.',

    'side.inside': 'Local government',
    'side.outside': 'Outside local government',
    'side.city': 'Your city team',

    'sector.local-government': 'Local government',
    'sector.mayor-office': 'Mayor’s office',
    'sector.finance': 'Finance department',
    'sector.planning': 'Urban planning',
    'sector.transport': 'Transport department',
    'sector.civil-protection': 'Civil protection',
    'sector.communication': 'Communication team',
    'sector.participation': 'Citizen participation',
    'sector.monitoring': 'Monitoring and evaluation',
    'sector.national': 'National institutions',
    'sector.business': 'Business',
    'sector.academia': 'Academia',
    'sector.civil-society': 'Civil society',
    'sector.development-partner': 'Development partners',
    'sector.peer-city': 'Peer cities',

    'label.budget': 'Budget',
    'label.time': 'Time',
    'label.trust': 'Trust',
    'label.left': '{time} time and {trust} trust left',
    'label.cost': 'Costs {time} time and {trust} trust',
    'label.tie': 'Tie',
    'label.untie': 'Remove tie',
    'label.chooseKind': 'Choose the kind of tie',
    'label.run': 'Run the flow',
    'label.step': 'Next step',
    'label.finish': 'See the results',
    'label.back': 'Back to building',
    'label.source': 'Holds the practice',
    'label.audience': 'Audience to reach',
    'label.mustInclude': 'Must join your community',
    'label.needsIntroduction': 'Needs an introduction',
    'label.extraTrust': 'Wary: each tie costs {n} more trust',
    'label.accepts': 'Only takes: {kinds}',
    'label.fixed': 'Existing tie',
    'label.reach': 'Story reach {n}',
    'label.trustNeeded': 'Community trust needed: {n}',
    'label.diversity': 'Outside sectors in your cloud of trust: {n} of {target}',

    'refuse.not-building': 'The network is running: go back to building to change ties.',
    'refuse.unknown': 'There is no such contact in this level.',
    'refuse.self': 'A tie needs two different ends.',
    'refuse.already-tied': 'These two are already tied. Remove the tie first to change its kind.',
    'refuse.kind-refused': 'This contact does not take part in that kind of tie.',
    'refuse.needs-introduction': 'This contact needs an introduction: tie them to someone already in your network first.',
    'refuse.no-time': 'Not enough time left for this tie.',
    'refuse.no-trust': 'Not enough trust left for this tie.',
    'refuse.not-tied': 'There is no tie between these two.',
    'refuse.fixed': 'This tie was there before you started and cannot be removed.',
    'refuse.not-flowing': 'Run the flow first.',
    'refuse.flow-over': 'All three steps have run.',
    'refuse.over': 'The round is over.',

    'reason.no-path': 'No chain of ties leads to where the practice lives.',
    'reason.too-weak': 'The practice was heard of, but a tie on the way is too weak to carry it in depth.',
    'reason.no-community': 'Your city is in no community of practice, so there is nowhere to test the idea.',
    'reason.no-outside': 'Your community of practice has too few members from outside government.',
    'reason.low-trust': 'Your community of practice is too thin to trust: it needs more community ties among its members.',
    'reason.missing-member': 'A member this community needs has not joined it.',
    'reason.nothing-to-test': 'The community was ready, but the practice never arrived to be tested.',
    'reason.out-of-reach': 'The story ran out of reach before getting there: close ties keep stories inside the group.',
    'reason.no-audience-path': 'No chain of ties leads to an audience.',
    'reason.not-shared-back': 'The story did not get back to those the city learned from.',
    'reason.nothing-to-share': 'The network could carry the story, but there was no tested experience to share yet.',

    'debrief.seek.title': 'SEEK: {practice} from {source}',
    'debrief.seek.got': 'Arrived as {depth} along {path}.',
    'debrief.seek.none': 'It never arrived: {source} is not joined to your network.',
    'debrief.seek.expected': 'A chain of ties, each able to carry {need}.',
    'debrief.seek.worked': 'Every tie on the way could carry {need}: {ties}.',
    'debrief.seek.weak': 'Too weak for {need}: {ties}. A stronger kind of tie there would carry it.',
    'debrief.seek.unlinked': 'Weak ties reach far: even a social network tie would have let you hear of it.',

    'debrief.sense.title': 'SENSE: testing it in a community of practice',
    'debrief.sense.got': '{members} members ({outside} from outside government), trust {trust} of {need}.',
    'debrief.sense.none': 'No community of practice.',
    'debrief.sense.expected': 'At least {outside} outside members and trust {need}.',
    'debrief.sense.worked': 'The community ties that built trust: {ties}.',
    'debrief.sense.missing': 'Missing from the community: {names}.',

    'debrief.share.title': 'SHARE: working out loud',
    'debrief.share.got': 'Your story reached {reached} of {needed} audiences needed: {names}.',
    'debrief.share.expected': 'Reach {needed} audiences within a reach of {reach}.',
    'debrief.share.worked': 'It travelled along {ties}.',
    'debrief.share.missed': 'Not reached: {names}.',
    'debrief.share.back': 'It also got back to {names}.',

    'debrief.diversity.title': 'Cloud of trust',
    'debrief.diversity.got': 'Outside sectors in your network: {sectors}.',
    'debrief.diversity.explain': 'A city learns best through trust among many kinds of stakeholders; {n} of {target} sectors counted.',
    'debrief.budget.title': 'Budget',
    'debrief.budget.got': '{time} time and {trust} trust left.',
    'debrief.budget.explain': 'Budget left counts only when all three steps worked.',

    'debrief.none': 'none',
    'debrief.tie': '{a} – {b} ({kind})',
    'headline.all': 'Seek, sense, share: the practice came in, was tested and went back out.',
    'headline.partial': 'Part of the flow worked. The debrief shows which ties held it up.',
    'headline.none': 'The flow stalled at the first step. Look at which ties were missing.',

    // Words of the view (SeekSenseShareScene): selection panel, objectives, announcements, legend.
    'view.brief.title': 'The challenge',
    'view.brief.start': 'Start building',
    'view.brief.open': 'Brief',
    'view.howTo': 'How to play: choose a contact, then a second one, and pick the kind of tie between them (or drag from one contact to another). Ties cost time and trust. When your network is ready, run the flow and watch SEEK, SENSE and SHARE step by step.',
    'view.budget.time': 'Time {n} of {max} left',
    'view.budget.trust': 'Trust {n} of {max} left',
    'view.select.none': 'Choose a contact to start a tie, or drag from one contact to another.',
    'view.select.pickTo': 'Now choose who to tie {name} to.',
    'view.select.pair': 'Tie {a} with {b}',
    'view.select.clear': 'Clear selection',
    'view.select.existing': 'Already tied: {kind}.',
    'view.select.fixed': 'This tie was there before you started and stays.',
    'view.select.first': 'Selected as the first end of a tie.',
    'view.select.second': 'Selected as the second end of a tie.',
    'view.kind.cost': '{time} time, {trust} trust',
    'view.kind.name': '{kind}: {cost}',
    'view.kind.refused': '✗ {reason}',
    'view.node.ties': 'Ties: {list}.',
    'view.node.noTies': 'No ties yet.',
    'view.tieWith.team': 'work team with {name}',
    'view.tieWith.community': 'community of practice with {name}',
    'view.tieWith.network': 'social network with {name}',
    'view.announce.tied': 'Tied {a} and {b}: {kind}.',
    'view.announce.refused': 'Not done: {reason}',
    'view.announce.untied': 'Removed the tie between {a} and {b}.',
    'view.announce.pair': 'Tie {a} with {b}: choose the kind of tie.',
    'view.announce.run': 'The flow is ready. Choose Next step to see SEEK.',
    'view.announce.back': 'Back to building: change your ties and run the flow again.',
    'view.obj.title': 'Objectives',
    'view.obj.source': '{name} ({depth})',
    'view.obj.seek': 'SEEK: bring {practice} home from {sources}.',
    'view.obj.sense': 'SENSE: a community of practice with trust {trust}, and {outside} or more of its members from outside government.',
    'view.obj.senseMust': 'It must include {names}.',
    'view.obj.share': 'SHARE: reach {min} of {audiences} within a story reach of {reach}.',
    'view.obj.shareBack': 'The story must also get back to where the practice came from.',
    'view.status.waiting': '○ Not run yet',
    'view.status.right': '✓ Worked',
    'view.status.partial': '◐ Partly worked',
    'view.status.wrong': '✗ Did not work',
    'view.flow.step': 'Step {n} of 3: {step}',
    'view.flow.ready': 'The flow is ready. Choose Next step to watch knowledge move along your ties.',
    'view.flow.done': 'All three steps have run. See the results, or go back and change your ties.',
    'view.graph': 'Your network: {contacts} contacts and {ties} ties.',
    'view.legend.carried': 'carried',
    'view.legend.failed': 'failed',
  },
});

export type SssKey = Parameters<typeof sssStrings>[0];

/** A template parameter: plain text, a number, or text in several languages. */
export type Param = string | number | LocalText;

function pick(p: Param, lang: (typeof LANGS)[number]): string {
  if (typeof p === 'object') return p[lang] ?? p.en;
  return String(p);
}

/** Fills a template in every language the table has, taking each parameter in the same language. */
export function say(key: SssKey, params: Record<string, Param> = {}): LocalText {
  const templates = sssStrings.local(key);
  const out: LocalText = { en: '' };
  for (const lang of LANGS) {
    const tpl = templates[lang];
    if (tpl === undefined) continue;
    out[lang] = tpl.replace(/\{(\w+)\}/g, (m, name: string) => {
      const p = params[name];
      return p === undefined ? m : pick(p, lang);
    });
  }
  return out;
}

/** Joins texts in each language (for lists of names). */
export function joinLocal(items: readonly LocalText[], sep = ', '): LocalText {
  const out: LocalText = { en: items.map((t) => t.en).join(sep) };
  for (const lang of ['fr', 'es'] as const) {
    if (items.some((t) => t[lang] !== undefined)) out[lang] = items.map((t) => t[lang] ?? t.en).join(sep);
  }
  return out;
}
