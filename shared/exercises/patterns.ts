import type { Localized } from '../i18n/locale.ts';
import type { BreathingPattern, BuiltInPatternId } from './types.ts';

/** The article's own exercise; used when nothing else is chosen. */
export const DEFAULT_PATTERN_ID = 'belly' satisfies BuiltInPatternId;

/**
 * Over-breathing (too deep or too fast) is the main way a pacer can make someone feel worse,
 * so every pattern carries this line (research section 5); breathing exercises reuse it.
 */
export const breatheGentlyCaution: Localized = {
  en: 'Breathe gently, not bigger. If you feel dizzy, stop and breathe normally.',
  nl: 'Adem zacht, niet dieper. Word je duizelig, stop dan en adem weer gewoon.',
};

// Breath holds are the element with the clearest list of people who should skip them.
export const holdsNotFor: Localized = {
  en: 'Skip the holds if you are pregnant, have epilepsy or a heart or lung condition; ask your doctor first.',
  nl: 'Sla het vasthouden over als je zwanger bent, epilepsie hebt of een hart- of longaandoening; overleg eerst met je arts.',
};

export const holdsUneasy: Localized = {
  en: 'If holding your breath feels uneasy, shorten the counts or leave the holds out.',
  nl: 'Voelt het vasthouden onprettig, maak de tellen dan korter of laat het vasthouden weg.',
};

/** Very slow breathing (4-7-8, custom patterns under four breaths a minute) can make one light-headed. */
export const lightHeadedAtFirst: Localized = {
  en: 'Feeling light-headed is common at first, so sit or lie down for it.',
  nl: 'In het begin word je makkelijk licht in je hoofd, dus doe het zittend of liggend.',
};

/**
 * Pacer presets, default first. Timings follow research section 1 (whole milliseconds);
 * session lengths are the low end of each practice's usual dose so a break stays short, and
 * hold whole cycles so a session never stops mid-breath.
 */
export const breathingPatterns: readonly BreathingPattern[] = [
  {
    id: 'belly',
    name: { en: 'Belly breathing', nl: 'Buikademhaling' },
    summary: {
      en: 'In through the nose for 4 seconds, out for 6, letting the belly rise and fall.',
      nl: '4 seconden in door je neus en 6 seconden uit, terwijl je buik op en neer gaat.',
    },
    // 10 s a cycle = 6 breaths a minute, inside the 3-5 s per phase that physios suggest.
    phases: [
      { kind: 'inhale', ms: 4000 },
      { kind: 'exhale', ms: 6000 },
    ],
    defaultSessionSeconds: 60,
    cautions: [
      breatheGentlyCaution,
      {
        en: 'Let the belly move by itself; there is no need to push it out.',
        nl: 'Laat je buik vanzelf bewegen; je hoeft hem niet naar buiten te duwen.',
      },
    ],
  },
  {
    id: 'resonance',
    name: { en: 'Resonance breathing', nl: 'Resonantieademhaling' },
    summary: {
      en: 'About five and a half slow breaths a minute: in for 5 seconds, out for 6.',
      nl: 'Ongeveer vijfenhalf rustige ademhalingen per minuut: 5 seconden in, 6 uit.',
    },
    // Research 1d quotes "4.5 in / 5.5 out" as ~5.5 a minute, but that cycle is 10 s (6 a minute).
    // 5 + 6 = 11 s gives the intended ~5.5 a minute and keeps the slightly longer exhale.
    phases: [
      { kind: 'inhale', ms: 5000 },
      { kind: 'exhale', ms: 6000 },
    ],
    // 27 whole 11 s cycles: the short end of the 5-20 minute practice.
    defaultSessionSeconds: 297,
    cautions: [
      breatheGentlyCaution,
      {
        en: 'Slow does not mean deep. If you feel tingly or light-headed, take smaller breaths.',
        nl: 'Langzaam is niet hetzelfde als diep. Tintelt het of word je licht in je hoofd, adem dan minder diep.',
      },
    ],
  },
  {
    id: 'extended-exhale',
    name: { en: 'Long exhale', nl: 'Lange uitademing' },
    summary: {
      en: 'An out-breath twice as long as the in-breath: in for 4 seconds, out for 8.',
      nl: 'Een uitademing die twee keer zo lang duurt als de inademing: 4 seconden in, 8 uit.',
    },
    // 4:8 is one of the exhale-weighted ratios in 1e; belly breathing already covers 4:6.
    phases: [
      { kind: 'inhale', ms: 4000 },
      { kind: 'exhale', ms: 8000 },
    ],
    defaultSessionSeconds: 120,
    cautions: [
      breatheGentlyCaution,
      {
        en: 'Let the out-breath drift out slowly; you do not need to empty completely. Shorten it if it feels strained.',
        nl: 'Laat de uitademing langzaam wegstromen; je hoeft niet helemaal leeg. Korter mag als het zwaar voelt.',
      },
    ],
  },
  {
    id: 'box',
    name: { en: 'Box breathing', nl: 'Vierkantademhaling' },
    summary: {
      en: 'Four even sides: in for 4 seconds, hold for 4, out for 4, rest for 4.',
      nl: 'Vier gelijke zijden: 4 seconden in, 4 vasthouden, 4 uit, 4 rust.',
    },
    phases: [
      { kind: 'inhale', ms: 4000 },
      { kind: 'hold-in', ms: 4000 },
      { kind: 'exhale', ms: 4000 },
      { kind: 'hold-out', ms: 4000 },
    ],
    // Eight whole 16 s squares, about two minutes (1-5 minutes is usual).
    defaultSessionSeconds: 128,
    cautions: [breatheGentlyCaution, holdsUneasy, holdsNotFor],
  },
  {
    id: 'cyclic-sigh',
    name: { en: 'Cyclic sigh', nl: 'Cyclische zucht' },
    summary: {
      en: 'A full breath in through the nose, a small top-up, then a long, slow sigh out.',
      nl: 'Diep inademen door je neus, een klein teugje erbij, dan lang en langzaam uitzuchten.',
    },
    // The study prescribes no seconds; ~10 s a cycle with the exhale about twice the inhale
    // is the derived pacing from research 1a. Practised for 5 minutes a day in the trial.
    phases: [
      { kind: 'inhale', ms: 2500, level: 0.8 },
      { kind: 'inhale', ms: 1000, level: 1, cue: { en: 'Top up', nl: 'Nog een teugje' } },
      { kind: 'exhale', ms: 6500, cue: { en: 'Sigh out slowly', nl: 'Zucht langzaam uit' } },
    ],
    defaultSessionSeconds: 300,
    cautions: [
      breatheGentlyCaution,
      {
        en: 'Keep the top-up small and the out-breath relaxed through soft lips; force neither.',
        nl: 'Houd het extra teugje klein en adem ontspannen uit door zachte lippen; forceer niets.',
      },
    ],
  },
  {
    id: 'four-seven-eight',
    name: { en: '4-7-8 breathing', nl: '4-7-8-ademhaling' },
    summary: {
      en: 'In through the nose for 4 seconds, hold for 7, whoosh out through the mouth for 8.',
      nl: '4 seconden in door je neus, 7 vasthouden, 8 seconden hoorbaar uit door je mond.',
    },
    phases: [
      { kind: 'inhale', ms: 4000 },
      { kind: 'hold-in', ms: 7000 },
      { kind: 'exhale', ms: 8000 },
    ],
    // Weil's dose: four rounds at a time while the practice is new (4 x 19 s).
    defaultSessionSeconds: 76,
    maxCycles: 4,
    cautions: [
      lightHeadedAtFirst,
      {
        en: 'Keep to four rounds at a time while it is new to you.',
        nl: 'Houd het bij vier rondes achter elkaar zolang het nieuw voor je is.',
      },
      breatheGentlyCaution,
      holdsUneasy,
      holdsNotFor,
    ],
  },
];

const patternsById: ReadonlyMap<string, BreathingPattern> = new Map(
  breathingPatterns.map((pattern) => [pattern.id, pattern]),
);

export { isBuiltInPatternId } from '../domain/pattern-ids.ts';

/** A built-in pattern; custom ones are found with resolvePattern (resolve-pattern.ts). */
export function findPattern(id: BuiltInPatternId): BreathingPattern {
  const pattern = patternsById.get(id);
  // Unreachable while the data covers the union (the schema test checks it); fail loudly if not.
  if (pattern === undefined) throw new Error(`Unknown breathing pattern: ${id}`);
  return pattern;
}
