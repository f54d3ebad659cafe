import { defineNamespace } from '../message.ts';

/** Strings of the OS notifications (main process). */
export const notifications = defineNamespace(
  {
    'notifications.title': 'Breathing Room',
    'notifications.breathing-soon': {
      one: 'A breathing break starts in {count} second. Time to let your breath drop low and slow.',
      other: 'A breathing break starts in {count} seconds. Time to let your breath drop low and slow.',
    },
    'notifications.stretch-soon': {
      one: 'A stretch break starts in {count} second. A good moment to let your hips loosen up.',
      other: 'A stretch break starts in {count} seconds. A good moment to let your hips loosen up.',
    },
    'notifications.start-now': 'Start now',
    'notifications.postpone': { one: 'In {count} minute', other: 'In {count} minutes' },
    'notifications.skip': 'Skip',
    'notifications.settings-reset':
      'Your settings file could not be read, so Breathing Room started with its defaults. The old file is kept beside it.',
    'notifications.unknown-pattern':
      'There is no breathing pattern called "{patternId}". Preferences › Breathing lists yours.',
    'notifications.shortcut-taken':
      'The shortcut {accelerator} is in use by another app. You can pick another one in Preferences.',
    'notifications.shortcut-unavailable-wayland':
      'This Wayland desktop does not let apps use a keyboard shortcut everywhere, so Breathe now has no shortcut here. You can add one in your system keyboard settings that runs "breathing-room --breathe".',
    'notifications.checkin-reminder-title': 'Time for your weekly check-in',
    'notifications.checkin-reminder-body':
      'Five short questions about how your body has felt this week. Click here when you have a minute.',
    'notifications.floor-invitation-title': 'A few minutes on your back?',
    'notifications.floor-invitation-body':
      'Lie down, knees bent, a hand on your belly, and let the breath go low. Click here to begin.',
  },
  {
    'notifications.title': 'Breathing Room',
    'notifications.breathing-soon': {
      one: 'Over {count} seconde begint een ademhalingspauze. Tijd om je adem laag en rustig te laten zakken.',
      other:
        'Over {count} seconden begint een ademhalingspauze. Tijd om je adem laag en rustig te laten zakken.',
    },
    'notifications.stretch-soon': {
      one: 'Over {count} seconde begint een rekpauze. Een mooi moment om je heupen wat losser te maken.',
      other: 'Over {count} seconden begint een rekpauze. Een mooi moment om je heupen wat losser te maken.',
    },
    'notifications.start-now': 'Nu beginnen',
    'notifications.postpone': { one: 'Over {count} minuut', other: 'Over {count} minuten' },
    'notifications.skip': 'Overslaan',
    'notifications.settings-reset':
      'Je instellingenbestand kon niet worden gelezen, dus Breathing Room is gestart met de standaardwaarden. Het oude bestand staat ernaast bewaard.',
    'notifications.unknown-pattern':
      'Er is geen ademritme dat "{patternId}" heet. Je eigen ritmes staan bij Voorkeuren › Ademhaling.',
    'notifications.shortcut-taken':
      'De sneltoets {accelerator} wordt al door een andere app gebruikt. Je kunt een andere kiezen bij Voorkeuren.',
    'notifications.shortcut-unavailable-wayland':
      'Deze Wayland-desktop laat apps geen sneltoets gebruiken die overal werkt, dus hier heeft Nu ademen geen sneltoets. In de toetsenbordinstellingen van je systeem kun je er zelf een maken die "breathing-room --breathe" uitvoert.',
    'notifications.checkin-reminder-title': 'Tijd voor je wekelijkse check-in',
    'notifications.checkin-reminder-body':
      'Vijf korte vragen over hoe je lijf zich deze week voelde. Klik hier als je even een minuutje hebt.',
    'notifications.floor-invitation-title': 'Even een paar minuten op je rug?',
    'notifications.floor-invitation-body':
      'Ga liggen met je knieën gebogen en een hand op je buik, en laat je adem laag zakken. Klik hier om te beginnen.',
  },
);
