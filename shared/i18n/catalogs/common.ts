import { defineNamespace } from '../message.ts';

/** Words used across windows: names, phases, places, units, and the safety texts. */
export const common = defineNamespace(
  {
    'app.name': 'Breathing Room',
    'app.tagline': 'Breathe low and slow, and let your hips soften.',
    'phase.inhale': 'Breathe in',
    'phase.hold-in': 'Hold',
    'phase.exhale': 'Breathe out',
    'phase.hold-out': 'Rest',
    'place.desk': 'At your desk',
    'place.standing': 'Standing',
    'place.floor': 'On the floor',
    'place.outside': 'Outside',
    'kind.breathing': 'Breathing break',
    'kind.stretch': 'Stretch break',
    'unit.seconds': { one: '{count} second', other: '{count} seconds' },
    'unit.minutes': { one: '{count} minute', other: '{count} minutes' },
    'unit.seconds-short': '{count} s',
    'unit.minutes-short': '{count} min',
    'unit.repetitions': { one: '{count} time', other: '{count} times' },
    'safety.not-medical':
      'Breathing Room is for relaxation and general wellbeing. It is not medical advice, diagnosis or treatment.',
    'safety.see-doctor':
      'Short of breath with chest pain, fainting, or breathlessness that comes on suddenly? That needs a doctor, not an app. In an emergency call 112 (EU), 999 (UK) or 911 (US).',
    'safety.stop-if-unwell': 'Stop and breathe normally if you feel dizzy, unwell or any pain.',
    'safety.ask-first':
      'Pregnant, living with a heart or lung condition or epilepsy, recently operated or injured, or dealing with hip, knee or back problems? Ask your doctor or physiotherapist before you start.',
    'action.close': 'Close',
    'action.cancel': 'Cancel',
    'action.save': 'Save',
    'action.back': 'Back',
    'action.next': 'Next',
    'action.done': 'Done',
  },
  {
    'app.name': 'Breathing Room',
    'app.tagline': 'Adem laag en rustig, en laat je heupen ontspannen.',
    'phase.inhale': 'Adem in',
    'phase.hold-in': 'Vasthouden',
    'phase.exhale': 'Adem uit',
    'phase.hold-out': 'Rust',
    'place.desk': 'Aan je bureau',
    'place.standing': 'Staand',
    'place.floor': 'Op de vloer',
    'place.outside': 'Buiten',
    'kind.breathing': 'Ademhalingspauze',
    'kind.stretch': 'Rekpauze',
    'unit.seconds': { one: '{count} seconde', other: '{count} seconden' },
    'unit.minutes': { one: '{count} minuut', other: '{count} minuten' },
    'unit.seconds-short': '{count} s',
    'unit.minutes-short': '{count} min',
    'unit.repetitions': { one: '{count} keer', other: '{count} keer' },
    'safety.not-medical':
      'Breathing Room is bedoeld voor ontspanning en algemeen welzijn. Het is geen medisch advies, geen diagnose en geen behandeling.',
    'safety.see-doctor':
      'Kortademig met pijn op de borst, flauwvallen, of benauwdheid die plotseling opkomt? Daarvoor heb je een arts nodig, geen app. Bel in een noodgeval 112.',
    'safety.stop-if-unwell':
      'Stop en adem weer gewoon als je duizelig wordt, je niet goed voelt of pijn hebt.',
    'safety.ask-first':
      'Ben je zwanger, heb je een hart- of longaandoening of epilepsie, ben je kort geleden geopereerd of geblesseerd, of heb je last van heupen, knieën of rug? Overleg dan eerst met je huisarts of fysiotherapeut.',
    'action.close': 'Sluiten',
    'action.cancel': 'Annuleren',
    'action.save': 'Opslaan',
    'action.back': 'Terug',
    'action.next': 'Volgende',
    'action.done': 'Klaar',
  },
);
