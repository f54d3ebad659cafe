import { defineNamespace } from '../message.ts';

/**
 * Localized texts for the settings validator's error codes (shared/settings/validate.ts), so the
 * preferences form never shows the validator's English developer message.
 */
export const errors = defineNamespace(
  {
    'errors.title': 'Something needs a look',
    'errors.type': 'This value has the wrong form.',
    'errors.range': 'Choose a whole number from {min} to {max}.',
    'errors.range-min': 'Choose a whole number of at least {min}.',
    'errors.range-max': 'Choose a whole number of at most {max}.',
    'errors.number': 'Enter a whole number.',
    'errors.enum': 'Choose one of the options.',
    'errors.required': 'This setting is missing.',
    'errors.unknown-key': 'This is not a setting the app knows.',
    'errors.forbidden-key': 'This name is not allowed.',
    'errors.length': 'This text is too short or too long.',
    'errors.pattern': 'This text has the wrong form.',
    'errors.unique': 'Each day can be chosen once.',
    'errors.accelerator': 'Use one or more modifier keys and one other key, such as Ctrl+Alt+B.',
    'errors.order': 'Choose an end time that differs from the start time.',
    'errors.empty': 'Pick at least one day.',
    'errors.shortcut-needs-modifier':
      'Add Ctrl, Alt or another modifier key (Shift alone is not enough), so typing never sets it off. Only F13 to F24 work on their own.',
    'errors.generic': 'That value could not be saved.',
    'errors.save-failed': 'Your change could not be saved. Please try again.',
    'errors.load-failed': 'This could not be loaded. Please try again in a moment.',
  },
  {
    'errors.title': 'Even nakijken',
    'errors.type': 'Deze waarde heeft niet de juiste vorm.',
    'errors.range': 'Kies een heel getal van {min} tot en met {max}.',
    'errors.range-min': 'Kies een heel getal van minstens {min}.',
    'errors.range-max': 'Kies een heel getal van hoogstens {max}.',
    'errors.number': 'Vul een heel getal in.',
    'errors.enum': 'Kies een van de opties.',
    'errors.required': 'Deze instelling ontbreekt.',
    'errors.unknown-key': 'Dit is geen instelling die de app kent.',
    'errors.forbidden-key': 'Deze naam is niet toegestaan.',
    'errors.length': 'Deze tekst is te kort of te lang.',
    'errors.pattern': 'Deze tekst heeft niet de juiste vorm.',
    'errors.unique': 'Elke dag kan maar één keer gekozen worden.',
    'errors.accelerator': 'Gebruik een of meer combinatietoetsen en één andere toets, zoals Ctrl+Alt+B.',
    'errors.order': 'Kies een eindtijd die verschilt van de begintijd.',
    'errors.empty': 'Kies minstens één dag.',
    'errors.shortcut-needs-modifier':
      'Voeg Ctrl, Alt of een andere combinatietoets toe (Shift alleen is niet genoeg), zodat hij nooit per ongeluk afgaat terwijl je typt. Alleen F13 tot en met F24 werken zonder combinatietoets.',
    'errors.generic': 'Deze waarde kon niet bewaard worden.',
    'errors.save-failed': 'Je wijziging kon niet bewaard worden. Probeer het nog eens.',
    'errors.load-failed': 'Dit kon niet geladen worden. Probeer het zo nog eens.',
  },
);
