import { defineNamespace } from '../message.ts';

/** Strings of the first-run welcome view (renderer/app). */
export const welcome = defineNamespace(
  {
    'welcome.title': 'Welcome to Breathing Room',
    'welcome.lead':
      'A few times an hour it invites you to breathe low and slow for a minute, and now and then to loosen your hips and lower back. A few quick choices and you are set.',
    'welcome.language': 'Language',
    'welcome.schedule': 'How often',
    'welcome.schedule-hint': 'You can fine-tune this later in Preferences.',
    'welcome.preset.gentle': 'Gentle',
    'welcome.preset.standard': 'Standard',
    'welcome.preset.frequent': 'Frequent',
    'welcome.preset.detail': 'Breathe every {breathing} min, stretch every {stretch} min',
    'welcome.preset.custom': 'Your own: breathe every {breathing} min, stretch every {stretch} min',
    'welcome.floor': 'Can you lie down where you work?',
    'welcome.floor-yes': 'Yes, there is room on the floor',
    'welcome.floor-no': 'No, I sit or stand',
    'welcome.floor-hint-yes':
      "Stretch breaks will then also offer floor exercises, such as belly breathing on your back and child's pose.",
    'welcome.floor-hint-no':
      'Stretch breaks keep to your chair and standing. Lying down and breathing is still there for the evening at home.',
    'welcome.floor-try': 'Lie down and breathe now',
    'welcome.floor-evening': 'Invite me each evening at {time}',
    'welcome.floor-failed':
      'Lying down and breathing could not start just now. Please try again in a moment.',
    'welcome.login': 'Start Breathing Room when I log in',
    'welcome.safety.title': 'Before you start',
    'welcome.done': 'Start breathing',
    'welcome.done-hint': 'The app lives in your tray from now on.',
  },
  {
    'welcome.title': 'Welkom bij Breathing Room',
    'welcome.lead':
      'Een paar keer per uur nodigt de app je uit om een minuut laag en rustig te ademen, en af en toe je heupen en onderrug los te maken. Een paar snelle keuzes en je bent klaar.',
    'welcome.language': 'Taal',
    'welcome.schedule': 'Hoe vaak',
    'welcome.schedule-hint': 'Je kunt dit later aanpassen bij Voorkeuren.',
    'welcome.preset.gentle': 'Rustig',
    'welcome.preset.standard': 'Standaard',
    'welcome.preset.frequent': 'Vaak',
    'welcome.preset.detail': 'Ademen om de {breathing} min, rekken om de {stretch} min',
    'welcome.preset.custom': 'Eigen keuze: ademen om de {breathing} min, rekken om de {stretch} min',
    'welcome.floor': 'Kun je gaan liggen waar je werkt?',
    'welcome.floor-yes': 'Ja, er is plek op de vloer',
    'welcome.floor-no': 'Nee, ik zit of sta',
    'welcome.floor-hint-yes':
      'Rekpauzes bieden dan ook oefeningen op de vloer aan, zoals buikademhaling op je rug en de kindhouding.',
    'welcome.floor-hint-no':
      "Rekpauzes houden het dan bij oefeningen op je stoel en staand. Liggend ademen kan nog steeds, bijvoorbeeld 's avonds thuis.",
    'welcome.floor-try': 'Nu gaan liggen en ademen',
    'welcome.floor-evening': 'Nodig me elke avond om {time} uit',
    'welcome.floor-failed': 'Liggend ademen kon nu niet beginnen. Probeer het zo nog eens.',
    'welcome.login': 'Breathing Room starten als ik inlog',
    'welcome.safety.title': 'Voordat je begint',
    'welcome.done': 'Begin met ademen',
    'welcome.done-hint': 'De app staat vanaf nu in je systeemvak.',
  },
);
