import { defineNamespace } from '../message.ts';

/** Strings of the pre-break notice (renderer). */
export const notice = defineNamespace(
  {
    'notice.title': 'Breathing Room',
    'notice.heading-breathing': 'A breathing break is coming up',
    'notice.heading-stretch': 'A stretch break is coming up',
    'notice.countdown': 'Starts in {time}',
    'notice.waiting': 'It starts as soon as you pause typing.',
    'notice.invite': 'Finish your sentence, then let your shoulders drop.',
    'notice.start-now': 'Start now',
    'notice.postpone': 'Postpone',
    'notice.skip': 'Skip this one',
    'notice.postpones-left': { one: '{count} postpone left', other: '{count} postpones left' },
    'notice.strict': 'Strict mode is on, so this break starts as planned.',
    'notice.none': 'No break is coming up right now.',
    'notice.refused': 'That did not go through, so the break keeps its time.',
    'notice.unavailable': 'The details of this break could not be loaded.',
  },
  {
    'notice.title': 'Breathing Room',
    'notice.heading-breathing': 'Zo meteen een ademhalingspauze',
    'notice.heading-stretch': 'Zo meteen een rekpauze',
    'notice.countdown': 'Begint over {time}',
    'notice.waiting': 'De pauze begint zodra je even stopt met typen.',
    'notice.invite': 'Maak je zin af en laat je schouders zakken.',
    'notice.start-now': 'Nu beginnen',
    'notice.postpone': 'Uitstellen',
    'notice.skip': 'Deze overslaan',
    'notice.postpones-left': {
      one: 'Je kunt nog {count} keer uitstellen',
      other: 'Je kunt nog {count} keer uitstellen',
    },
    'notice.strict': 'De strikte modus staat aan, dus deze pauze begint zoals gepland.',
    'notice.none': 'Er komt nu geen pauze aan.',
    'notice.refused': 'Dat lukte niet, dus de pauze blijft op de geplande tijd.',
    'notice.unavailable': 'De gegevens van deze pauze konden niet worden geladen.',
  },
);
