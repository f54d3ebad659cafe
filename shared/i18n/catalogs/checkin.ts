import { defineNamespace } from '../message.ts';

/** Strings of the check-in view (renderer/app). */
export const checkin = defineNamespace(
  {
    'checkin.title': 'Check-in',
    'checkin.intro': 'How has your body felt lately? Five short questions. There are no wrong answers.',
    'checkin.signal.deep-breath-hard': 'Taking a deep breath feels hard',
    'checkin.signal.belly-back-pressure':
      'Pressure or tension in your lower belly or lower back as you breathe',
    'checkin.signal.tired-despite-rest': 'Tired, even after rest',
    'checkin.signal.breath-high': 'Your breath feels high up in your chest',
    'checkin.signal.short-of-breath': 'Short of breath without a clear medical reason',
    'checkin.level.0': 'Not at all',
    'checkin.level.1': 'A little',
    'checkin.level.2': 'Clearly',
    'checkin.submit': 'See what may help',
    'checkin.answered': '{count} of {total} answered',
    'checkin.saved': 'Saved. Here is what may help.',
    'checkin.save-failed': 'Your answers could not be saved, but the suggestions below still apply.',
    'checkin.suggestions.title': 'What may help',
    'checkin.suggestions.none':
      'Nothing stands out right now. A short breathing break now and then may help keep it that way.',
    'checkin.try': 'Try it now',
    'checkin.try-label': 'Try {title} now',
    'checkin.meta': '{place} · about {minutes} min',
    'checkin.caveat.title': 'Good to know',
    'checkin.doctor-note':
      'Breathlessness that keeps returning, gets worse when you lie down or comes with swollen ankles is worth a visit to your doctor.',
    'checkin.again': 'Answer again',
  },
  {
    'checkin.title': 'Check-in',
    'checkin.intro':
      'Hoe voelt je lichaam zich de laatste tijd? Vijf korte vragen. Er zijn geen foute antwoorden.',
    'checkin.signal.deep-breath-hard': 'Diep ademhalen voelt moeilijk',
    'checkin.signal.belly-back-pressure': 'Druk of spanning in je onderbuik of onderrug als je ademt',
    'checkin.signal.tired-despite-rest': 'Moe, ook na rust',
    'checkin.signal.breath-high': 'Je adem zit hoog in je borst',
    'checkin.signal.short-of-breath': 'Kortademig zonder duidelijke medische reden',
    'checkin.level.0': 'Helemaal niet',
    'checkin.level.1': 'Een beetje',
    'checkin.level.2': 'Duidelijk',
    'checkin.submit': 'Bekijk wat kan helpen',
    'checkin.answered': '{count} van de {total} beantwoord',
    'checkin.saved': 'Bewaard. Dit kan helpen.',
    'checkin.save-failed':
      'Je antwoorden konden niet bewaard worden, maar de suggesties hieronder gelden nog steeds.',
    'checkin.suggestions.title': 'Wat kan helpen',
    'checkin.suggestions.none':
      'Er valt nu niets op. Af en toe een korte ademhalingspauze kan helpen om dat zo te houden.',
    'checkin.try': 'Nu proberen',
    'checkin.try-label': '{title} nu proberen',
    'checkin.meta': '{place} · ongeveer {minutes} min',
    'checkin.caveat.title': 'Goed om te weten',
    'checkin.doctor-note':
      'Benauwdheid die steeds terugkomt, erger wordt als je ligt of samengaat met dikke enkels, is een bezoek aan je huisarts waard.',
    'checkin.again': 'Opnieuw invullen',
  },
);
