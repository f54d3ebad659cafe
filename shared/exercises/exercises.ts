import type { Localized } from '../i18n/locale.ts';
import { breatheGentlyCaution } from './patterns.ts';
import type { Exercise, ExerciseId, ExerciseStep } from './types.ts';

/**
 * How long one counted repetition takes: one slow hip circle or pelvic tilt paced with a breath
 * (research section 3 puts 5-10 slow circles at roughly 30-60 s).
 */
export const SECONDS_PER_REPETITION = 6;

/**
 * The time a step takes: its `seconds` when timed, otherwise repetitions x SECONDS_PER_REPETITION.
 * The duration rule of the library: every step is either timed or counted (never both, never
 * neither), counted steps cover one side or direction each, and an exercise's `durationSeconds`
 * is exactly the sum of `stepSeconds` over its steps. The renderer can use the same estimate to
 * pace counted steps, so what the break shows and what the routine planned agree.
 */
export function stepSeconds(step: ExerciseStep): number {
  return step.seconds ?? (step.repetitions ?? 0) * SECONDS_PER_REPETITION;
}

// Research section 5, rule 3: every stretch says this.
const mildStretch: Localized = {
  en: 'A mild stretch, never pain. Move slowly and don’t bounce.',
  nl: 'Een lichte rek, nooit pijn. Beweeg rustig en veer niet door.',
};

// Hip circles mobilise rather than stretch, so the same rule in movement words.
const easyMovement: Localized = {
  en: 'Keep it easy and free of pain. Move slowly, without jerking or bouncing.',
  nl: 'Houd het licht en pijnvrij. Beweeg langzaam, zonder rukken of veren.',
};

const sameOtherSide: Localized = {
  en: 'Switch legs and do the same on the other side.',
  nl: 'Wissel van been en doe hetzelfde aan de andere kant.',
};

const onceMoreFirstSide: Localized = {
  en: 'Once more on the first side.',
  nl: 'Nog één keer aan de eerste kant.',
};

const onceMoreSecondSide: Localized = {
  en: 'Once more on the second side.',
  nl: 'Nog één keer aan de tweede kant.',
};

/**
 * The exercise library. Doses follow research section 3 (low end, so breaks stay short); desk and
 * standing items stay within 30-120 s so a 5-minute stretch break holds two to four of them.
 */
export const exercises: readonly Exercise[] = [
  {
    id: 'belly-breathing',
    title: { en: 'Belly breathing', nl: 'Buikademhaling' },
    summary: {
      en: 'Slow breaths through the nose, lying on your back, that move your belly rather than your chest.',
      nl: 'Rustig door je neus ademen op je rug, zodat je buik beweegt in plaats van je borst.',
    },
    place: 'floor',
    steps: [
      {
        text: {
          en: 'Lie on your back with your knees bent and feet flat. A cushion under your head is fine.',
          nl: 'Ga op je rug liggen, knieën gebogen en voeten plat. Een kussen onder je hoofd mag.',
        },
        seconds: 15,
      },
      {
        text: {
          en: 'Rest one hand on your chest and the other on your belly.',
          nl: 'Leg één hand op je borst en de andere op je buik.',
        },
        seconds: 5,
      },
      {
        text: {
          en: 'Breathe in slowly through your nose so the belly hand rises and the chest hand stays still. Breathe out calmly.',
          nl: 'Adem langzaam in door je neus: de hand op je buik komt omhoog, die op je borst blijft stil. Adem rustig uit.',
        },
        seconds: 260,
      },
      {
        text: {
          en: 'Let your breath find its own pace, then roll onto your side to get up.',
          nl: 'Laat je adem zijn eigen tempo vinden en rol dan op je zij om op te staan.',
        },
        seconds: 20,
      },
    ],
    // Clinical guides suggest 5-10 minutes; the article asks for a few minutes a day.
    durationSeconds: 300,
    cautions: [
      breatheGentlyCaution,
      {
        en: 'If lying on your back feels uncomfortable, for example later in pregnancy, do it seated or half reclined.',
        nl: 'Voelt op je rug liggen onprettig, bijvoorbeeld later in een zwangerschap, doe het dan zittend of half achterover.',
      },
    ],
    illustration: 'belly-breathing-supine',
    helpsWith: [
      'deep-breath-hard',
      'belly-back-pressure',
      'tired-despite-rest',
      'breath-high',
      'short-of-breath',
    ],
    patternId: 'belly',
  },
  {
    id: 'constructive-rest',
    // "Psoas release" claims are practitioner lore (research section 3), so the copy describes
    // a restful position and promises nothing about the muscle.
    title: { en: 'Constructive rest', nl: 'Constructieve rust' },
    summary: {
      en: 'A restful position on your back that gives your hips and lower back a chance to let go.',
      nl: 'Een rusthouding op je rug die je heupen en onderrug de kans geeft om los te laten.',
    },
    place: 'floor',
    steps: [
      {
        text: {
          en: 'Lie on your back, knees bent, feet flat and hip-width apart, heels about 30-40 cm from your buttocks.',
          nl: 'Ga op je rug liggen, knieën gebogen, voeten plat op heupbreedte, hielen zo’n 30-40 cm van je billen.',
        },
        seconds: 20,
      },
      {
        text: {
          en: 'Put a folded towel under your head if your chin tips up. Rest your hands on your belly or by your sides.',
          nl: 'Leg een opgevouwen handdoek onder je hoofd als je kin omhoog wijst. Handen op je buik of naast je.',
        },
        seconds: 10,
      },
      {
        text: {
          en: 'Let the floor carry you. Don’t press your back down or tuck your pelvis; gravity does the work.',
          nl: 'Laat de vloer je dragen. Duw je rug niet omlaag en kantel je bekken niet; de zwaartekracht doet het werk.',
        },
        seconds: 250,
      },
      {
        text: {
          en: 'Roll onto your side and come up slowly.',
          nl: 'Rol op je zij en kom rustig overeind.',
        },
        seconds: 20,
      },
    ],
    // 5-20 minutes is the usual range; the short end keeps it inside a stretch break.
    durationSeconds: 300,
    cautions: [
      {
        en: 'This is rest, not a stretch: force nothing, and shift position whenever something feels uncomfortable.',
        nl: 'Dit is rust, geen rekoefening: forceer niets en ga anders liggen zodra iets onprettig voelt.',
      },
      {
        en: 'Later in pregnancy, lying flat may feel uncomfortable; lie on your side or half reclined instead.',
        nl: 'Later in een zwangerschap kan plat liggen onprettig zijn; lig dan op je zij of half achterover.',
      },
    ],
    illustration: 'constructive-rest',
    helpsWith: ['deep-breath-hard', 'belly-back-pressure', 'tired-despite-rest'],
  },
  {
    id: 'standing-hip-circles',
    title: { en: 'Standing hip circles', nl: 'Heupcirkels staand' },
    summary: {
      en: 'Slow, easy circles of the hips, standing beside your desk.',
      nl: 'Langzame, losse cirkels met je heupen, staand naast je bureau.',
    },
    place: 'standing',
    steps: [
      {
        text: {
          en: 'Stand with feet hip-width apart, knees soft, hands on your hips. Hold the desk if you like.',
          nl: 'Sta met je voeten op heupbreedte, knieën licht gebogen, handen op je heupen. Houd je bureau vast als je wilt.',
        },
        seconds: 5,
      },
      {
        text: {
          en: 'Circle your hips slowly one way, like a wide, lazy hula hoop. Keep your shoulders quiet.',
          nl: 'Draai langzaam grote cirkels met je heupen, alsof je heel rustig hoelahoept. Houd je schouders rustig.',
        },
        repetitions: 6,
      },
      {
        text: {
          en: 'Now circle the other way, breathing slowly.',
          nl: 'Draai nu de andere kant op en adem rustig door.',
        },
        repetitions: 6,
      },
    ],
    durationSeconds: 77,
    cautions: [
      easyMovement,
      {
        en: 'Feeling unsteady? Do the seated version instead.',
        nl: 'Voel je je wankel? Doe dan de zittende versie.',
      },
      {
        en: 'Keep the circles small if anything pinches, and don’t arch your lower back.',
        nl: 'Maak de cirkels kleiner als er iets knelt, en trek je onderrug niet hol.',
      },
    ],
    illustration: 'standing-hip-circles',
    helpsWith: ['belly-back-pressure'],
  },
  {
    id: 'seated-hip-circles',
    title: { en: 'Seated hip circles and pelvic tilts', nl: 'Heupcirkels en bekkenkantelen op je stoel' },
    summary: {
      en: 'Gently rocking and circling your pelvis on your chair.',
      nl: 'Je bekken zachtjes laten kantelen en draaien op je stoel.',
    },
    place: 'desk',
    steps: [
      {
        text: {
          en: 'Sit near the front of a steady chair, feet flat, hands on your thighs.',
          nl: 'Ga vooraan op een stevige stoel zitten, voeten plat, handen op je bovenbenen.',
        },
        seconds: 5,
      },
      {
        text: {
          en: 'Rock your pelvis: round your lower back as you breathe out, roll forward as you breathe in.',
          nl: 'Kantel je bekken: maak je onderrug rond als je uitademt, kantel naar voren als je inademt.',
        },
        repetitions: 6,
      },
      {
        text: {
          en: 'Circle your hips on the seat, small and slow, one way.',
          nl: 'Draai kleine, langzame cirkels met je heupen op de zitting, één kant op.',
        },
        repetitions: 5,
      },
      {
        text: {
          en: 'Then circle the other way.',
          nl: 'Draai daarna de andere kant op.',
        },
        repetitions: 5,
      },
    ],
    durationSeconds: 101,
    cautions: [
      easyMovement,
      {
        en: 'Use a chair that doesn’t roll, and keep the movement small if anything pinches.',
        nl: 'Gebruik een stoel die niet wegrolt en houd de beweging klein als er iets knelt.',
      },
    ],
    illustration: 'seated-pelvic-tilt',
    helpsWith: ['belly-back-pressure'],
  },
  {
    id: 'childs-pose',
    title: { en: 'Child’s pose', nl: 'Kindhouding' },
    summary: {
      en: 'A resting fold on your knees that gives your lower back room to breathe.',
      nl: 'Een rustige, voorovergebogen houding op je knieën die je onderrug ruimte geeft om mee te ademen.',
    },
    place: 'floor',
    steps: [
      {
        text: {
          en: 'Kneel on a mat, big toes together, knees as wide apart as feels comfortable.',
          nl: 'Kniel op een mat, grote tenen tegen elkaar, knieën zo ver uit elkaar als prettig voelt.',
        },
        seconds: 10,
      },
      {
        text: {
          en: 'Breathe out and sit your hips back toward your heels. Rest your forehead on the floor, a cushion or your fists.',
          nl: 'Adem uit en zak met je billen naar je hielen. Leg je voorhoofd op de vloer, een kussen of je vuisten.',
        },
        seconds: 10,
      },
      {
        text: {
          en: 'Let your arms rest forward or beside you. Breathe slowly into your back and lower ribs.',
          nl: 'Laat je armen naar voren of langs je lichaam rusten. Adem rustig naar je rug en onderste ribben.',
        },
        seconds: 60,
      },
      {
        text: {
          en: 'Walk your hands back toward you and come up slowly.',
          nl: 'Loop met je handen terug en kom langzaam omhoog.',
        },
        seconds: 10,
      },
    ],
    durationSeconds: 90,
    cautions: [
      mildStretch,
      {
        en: 'Sore knees or ankles? Put a cushion between calves and thighs or a towel under your ankles, or skip this one.',
        nl: 'Gevoelige knieën of enkels? Leg een kussen tussen kuiten en bovenbenen of een handdoek onder je enkels, of sla deze over.',
      },
      {
        en: 'Pregnant, or feeling pressure in your head? Keep your knees wide and your head higher on a cushion.',
        nl: 'Zwanger, of druk in je hoofd? Houd je knieën breed en je hoofd hoger op een kussen.',
      },
    ],
    illustration: 'childs-pose',
    helpsWith: ['deep-breath-hard', 'belly-back-pressure', 'breath-high'],
  },
  {
    id: 'hip-flexor-release',
    title: { en: 'Kneeling hip-flexor release', nl: 'Heupbuigers losmaken, geknield' },
    summary: {
      en: 'A mild stretch at the front of the hip, kneeling on a cushion.',
      nl: 'Een lichte rek aan de voorkant van je heup, geknield op een kussen.',
    },
    place: 'floor',
    steps: [
      {
        text: {
          en: 'Kneel on one knee on a cushion, other foot flat in front, both knees at about a right angle.',
          nl: 'Kniel op één knie op een kussen, andere voet plat voor je, beide knieën ongeveer haaks.',
        },
        seconds: 10,
      },
      {
        text: {
          en: 'Stand tall, tuck your tailbone a little and gently firm the buttock of the kneeling leg. Breathe.',
          nl: 'Kom rechtop, kantel je stuitje iets naar beneden en span de bil van je knielende been licht aan. Adem rustig door.',
        },
        seconds: 20,
      },
      { text: sameOtherSide, seconds: 20 },
      {
        text: {
          en: 'Once more on the first side. Lean forward a touch only if you feel nothing yet.',
          nl: 'Nog één keer aan de eerste kant. Leun alleen iets naar voren als je nog niets voelt.',
        },
        seconds: 20,
      },
      { text: onceMoreSecondSide, seconds: 20 },
    ],
    durationSeconds: 90,
    cautions: [
      mildStretch,
      {
        en: 'Pad your knee well. With knee trouble, use the standing version at your desk.',
        nl: 'Leg iets zachts onder je knie. Last van je knieën? Kies dan de staande versie bij je bureau.',
      },
      {
        en: 'Keep the lunge small and your lower back long; don’t let it arch.',
        nl: 'Houd de uitvalspas klein en je onderrug lang; laat hem niet hol trekken.',
      },
    ],
    illustration: 'half-kneeling-hip-flexor',
    helpsWith: ['deep-breath-hard', 'belly-back-pressure'],
  },
  {
    id: 'hip-flexor-release-desk',
    title: { en: 'Hip-flexor release at the desk', nl: 'Heupbuigers losmaken bij je bureau' },
    summary: {
      en: 'The same gentle hip stretch standing up, with a chair or your desk for support.',
      nl: 'Dezelfde zachte heuprek staand, met een stoel of je bureau als steun.',
    },
    place: 'standing',
    steps: [
      {
        text: {
          en: 'Rest one knee on the seat of a steady chair, or hold the desk and step one foot well back.',
          nl: 'Zet één knie op de zitting van een stevige stoel, of houd je bureau vast en zet één voet ver naar achteren.',
        },
        seconds: 10,
      },
      {
        text: {
          en: 'Tuck your tailbone a little and gently firm the buttock of the back leg. Feel the front of that hip.',
          nl: 'Kantel je stuitje iets naar beneden en span de bil van je achterste been licht aan. Je voelt de rek aan de voorkant van die heup.',
        },
        seconds: 20,
      },
      { text: sameOtherSide, seconds: 20 },
      { text: onceMoreFirstSide, seconds: 20 },
      { text: onceMoreSecondSide, seconds: 20 },
    ],
    durationSeconds: 90,
    cautions: [
      mildStretch,
      {
        en: 'Use a chair that can’t roll or tip. With knee trouble, choose the step-back stance.',
        nl: 'Gebruik een stoel die niet kan wegrollen of kantelen. Last van je knieën? Kies dan de stap naar achteren.',
      },
      {
        en: 'Keep your lower back long; a small lean forward is plenty.',
        nl: 'Houd je onderrug lang; een klein beetje naar voren leunen is genoeg.',
      },
    ],
    illustration: 'chair-hip-flexor',
    helpsWith: ['deep-breath-hard', 'belly-back-pressure'],
  },
  {
    id: 'seated-figure-four',
    title: { en: 'Seated figure four', nl: 'Figuur vier op je stoel' },
    summary: {
      en: 'A gentle stretch for the outer hip, right at your desk.',
      nl: 'Een zachte rek voor de buitenkant van je heup, gewoon aan je bureau.',
    },
    place: 'desk',
    steps: [
      {
        text: {
          en: 'Sit tall near the front of a steady chair, both feet flat.',
          nl: 'Zit rechtop vooraan op een stevige stoel, beide voeten plat.',
        },
        seconds: 5,
      },
      {
        text: {
          en: 'Rest one ankle on the other knee, foot flexed. Stay there, or lean forward a little with a long back.',
          nl: 'Leg één enkel op je andere knie, voet opgetrokken. Blijf zo, of buig iets naar voren met een rechte rug.',
        },
        seconds: 30,
      },
      {
        text: {
          en: 'Switch sides and do the same.',
          nl: 'Wissel van kant en doe hetzelfde.',
        },
        seconds: 30,
      },
    ],
    durationSeconds: 65,
    cautions: [
      mildStretch,
      {
        en: 'Never push the knee down. Skip this one if you have a hip replacement or knee pain.',
        nl: 'Duw je knie nooit omlaag. Sla deze over als je een kunstheup hebt of pijn in je knie.',
      },
    ],
    illustration: 'seated-figure-four',
    helpsWith: ['belly-back-pressure'],
  },
  {
    id: 'mindful-walk',
    title: { en: 'Mindful walk', nl: 'Aandachtig wandelen' },
    summary: {
      en: 'A slow, attentive walk, outdoors if you can.',
      nl: 'Een rustige wandeling met aandacht, liefst buiten.',
    },
    place: 'outside',
    steps: [
      {
        text: {
          en: 'Stand still for a moment and feel your weight in both feet.',
          nl: 'Sta even stil en voel je gewicht in beide voeten.',
        },
        seconds: 10,
      },
      {
        text: {
          en: 'Walk a little slower than usual. Notice heel, sole and toes meeting the ground.',
          nl: 'Loop wat langzamer dan normaal. Merk op hoe hiel, zool en tenen de grond raken.',
        },
        seconds: 60,
      },
      {
        text: {
          en: 'If you like, let your breath follow your steps: a few steps in, a few more steps out.',
          nl: 'Laat je adem als je wilt je passen volgen: een paar passen in, een paar meer uit.',
        },
        seconds: 60,
      },
      {
        text: {
          en: 'When your mind wanders, notice it and come back to your feet.',
          nl: 'Dwalen je gedachten af, merk dat dan op en breng je aandacht terug naar je voeten.',
        },
        seconds: 40,
      },
      {
        text: {
          en: 'Stop, stand for a moment and notice how you feel.',
          nl: 'Blijf staan, neem even de tijd en merk op hoe je je voelt.',
        },
        seconds: 10,
      },
    ],
    // 3-10 minutes in the sources; three fits a break, longer walks are the user's call.
    durationSeconds: 180,
    cautions: [
      {
        en: 'Choose a safe route and keep an eye on traffic and steps.',
        nl: 'Kies een veilige route en let op verkeer en opstapjes.',
      },
    ],
    illustration: 'mindful-walk',
    helpsWith: ['tired-despite-rest', 'breath-high'],
  },
  {
    id: 'body-scan',
    title: { en: 'Short body scan', nl: 'Korte bodyscan' },
    summary: {
      en: 'A minute of noticing your body, from your feet to your face.',
      nl: 'Een minuut aandacht voor je lichaam, van je voeten tot je gezicht.',
    },
    place: 'desk',
    steps: [
      {
        text: {
          en: 'Sit comfortably, feet on the floor. Close your eyes or soften your gaze.',
          nl: 'Ga gemakkelijk zitten, voeten op de grond. Sluit je ogen of laat je blik zacht worden.',
        },
        seconds: 10,
      },
      {
        text: {
          en: 'Notice your feet, legs and hips. Let them grow heavy.',
          nl: 'Richt je aandacht op je voeten, benen en heupen. Laat ze zwaar worden.',
        },
        seconds: 15,
      },
      {
        text: {
          en: 'Notice your belly and lower back. Let the belly move with each breath.',
          nl: 'Richt je aandacht op je buik en onderrug. Laat je buik meebewegen met elke ademhaling.',
        },
        seconds: 15,
      },
      {
        text: {
          en: 'Notice your shoulders, jaw and face. Let them soften.',
          nl: 'Richt je aandacht op je schouders, kaak en gezicht. Laat ze ontspannen.',
        },
        seconds: 15,
      },
      {
        text: {
          en: 'Take one slow breath and come back to the room.',
          nl: 'Neem één rustige ademhaling en kom terug in de ruimte.',
        },
        seconds: 5,
      },
    ],
    durationSeconds: 60,
    cautions: [
      {
        en: 'Keep your eyes open if closing them feels uneasy, and stop whenever you like.',
        nl: 'Houd je ogen open als dichtdoen onprettig voelt, en stop wanneer je wilt.',
      },
    ],
    illustration: 'body-scan',
    helpsWith: ['tired-despite-rest', 'breath-high'],
  },
];

const exercisesById: ReadonlyMap<string, Exercise> = new Map(
  exercises.map((exercise) => [exercise.id, exercise]),
);

/** Guards untrusted input (IPC payloads, CLI arguments, stored data). */
export function isExerciseId(value: unknown): value is ExerciseId {
  return typeof value === 'string' && exercisesById.has(value);
}

export function findExercise(id: ExerciseId): Exercise {
  const exercise = exercisesById.get(id);
  // Unreachable while the data covers the union (the schema test checks it); fail loudly if not.
  if (exercise === undefined) throw new Error(`Unknown exercise: ${id}`);
  return exercise;
}
