// Words of the Cynefin sorting game that are not level content: domain names and cues, second-step options,
// questions, results-screen phrases and the credit. Keys are typed: t(`domain.${d}`) only compiles for real domains.
import { defineStrings } from '../../core/i18n';

export const t = defineStrings({
  en: {
    title: 'Cynefin sorting',
    description: 'Read a situation from city work, decide what kind of situation it is, then choose how the city should act.',
    about:
      'The Cynefin framework was created by Dave Snowden (see Snowden and Boone, "A Leader\'s Framework for Decision Making", Harvard Business Review, 2007). ' +
      'It says the right way to act depends on how cause and effect are linked in a situation. ' +
      'Cynefin is a registered trademark of The Cynefin Company; it is used here only to name the framework this game teaches.',

    'board.prompt': 'Where does this situation belong?',

    'domain.clear': 'Clear',
    'domain.clear.cue': 'Cause and effect are obvious to everyone',
    'domain.complicated': 'Complicated',
    'domain.complicated.cue': 'Cause and effect can be worked out by analysis or experts',
    'domain.complex': 'Complex',
    'domain.complex.cue': 'Cause and effect only make sense looking back',
    'domain.chaotic': 'Chaotic',
    'domain.chaotic.cue': 'No link between cause and effect can be seen: act now',
    'domain.confused': 'Confused',
    'domain.confused.cue': 'It is not yet clear which domain applies',

    'question.response': 'How should the city respond?',
    'question.practice': 'What kind of practice fits?',
    'question.learning': 'What kind of learning should the city look for?',

    'option.sense-categorize-respond': 'Sense, categorise, respond',
    'option.sense-categorize-respond.desc': 'See what it is, match it to a known category, apply the usual answer.',
    'option.sense-analyze-respond': 'Sense, analyse, respond',
    'option.sense-analyze-respond.desc': 'Gather the facts, study the options with people who know, then decide.',
    'option.probe-sense-respond': 'Probe, sense, respond',
    'option.probe-sense-respond.desc': 'Try small things, watch what happens, grow what works.',
    'option.act-sense-respond': 'Act, sense, respond',
    'option.act-sense-respond.desc': 'Act at once to restore some order, then look at the effect and adjust.',
    'option.best': 'Best practice',
    'option.best.desc': 'One proven way that works every time here.',
    'option.good': 'Good practice',
    'option.good.desc': 'Several sound answers; experts help choose one that suits.',
    'option.emergent': 'Emergent practice',
    'option.emergent.desc': 'The answer appears while trying things out together.',
    'option.novel': 'Novel practice',
    'option.novel.desc': 'Nothing fits; invent what stops the harm now.',
    'option.follow-procedure': 'Follow the procedure',
    'option.follow-procedure.desc': 'Use the routine or manual that already works, and report cases that do not fit it.',
    'option.ask-expert': 'Ask the experts',
    'option.ask-expert.desc': 'Bring in specialists and a mixed team, critical voices included, to weigh the options.',
    'option.peers-safe-to-try': 'Learn with peers, try safely',
    'option.peers-safe-to-try.desc': 'Borrow ideas from peer cities, run small trials that can fail safely, widen what works.',
    'option.stabilise-first': 'Stabilise first',
    'option.stabilise-first.desc': 'Take command and restore order now; learn from peers once things are calmer.',
    'option.break-down': 'Break it down',
    'option.break-down.desc': 'Split the situation into parts and place each part in its own domain.',

    'hud.progress': 'Card {n} of {total}',
    'hud.score': 'Score {score}',
    'hud.streak': 'Streak {streak}',
    'hud.time': '{seconds} s left',
    'card.label': 'Situation card',
    'card.selected': 'Situation card, picked up',
    'card.hint': 'Drag me to a domain, or pick me up and choose a domain.',
    'card.holding': 'Card picked up: now choose a domain.',
    'board.placeIn': 'Place in {domain}',
    'feedback.right': '✓ Right.',
    'feedback.partial': '◐ Partly right.',
    'feedback.wrong': '✗ Not quite.',
    'feedback.youChose': 'You chose {domain}.',
    'feedback.bestFit': 'The best fit is {domain}.',
    'feedback.expected': 'The better answer: {option}.',
    'feedback.streak': 'Streak bonus +{bonus}.',
    'feedback.next': 'Next card',
    'feedback.results': 'See the results',

    'summary.answer': '{domain} · {second}',
    'summary.noSecond': 'no second answer',
    'summary.notPlaced': 'Not placed: time ran out',
    'summary.accepted': '{domain} ({points} of {max} points): {why}',
    'summary.expectedSecond': 'Second step: {second}',
    'summary.timeUp': 'Time ran out with {left} of {total} cards still to place.',
    'summary.bestStreak': 'Longest run of fully right cards: {streak}.',
  },
});

export type CynefinStringKey = (typeof t.keys)[number];
