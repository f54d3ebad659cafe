import { defineNamespace } from '../message.ts';

/** Strings of the learn view (renderer/app): the explainer and its diagram, in our own words. */
export const learn = defineNamespace(
  {
    'learn.title': 'Why breathe low',
    'learn.lead':
      'Two deep muscles share a neighbourhood in your lower back. How one of them holds tension can shape how the other lets you breathe.',
    'learn.anatomy.title': 'Two muscles, one neighbourhood',
    'learn.anatomy.psoas':
      'The psoas starts on the sides of your five lumbar vertebrae, L1 to L5, runs down through the pelvis and ends on the inside of your upper thigh. It helps lift your leg and steadies your spine, and it is shortened for hours while you sit.',
    'learn.anatomy.diaphragm':
      'The diaphragm, your main breathing muscle, sits just above it like a dome under your ribs. Its back fibres anchor near the same lumbar vertebrae, so the two meet at your spine.',
    'learn.effect.title': 'When the psoas stays tight',
    'learn.effect.body':
      'A tense psoas adds tension around the lower back and pelvis. The diaphragm then has less room to move down as you breathe in. Your breath shifts from the belly up into the chest and tends to get quicker and shallower.',
    'learn.loop.title': 'The loop',
    'learn.loop.body':
      'Quick breathing high in the chest tells your body to stay alert, the fight-or-flight side of the nervous system. An alert body keeps muscles like the psoas on guard, which keeps the breath high. Many people sit in this loop of tension, shallow breath and restlessness without noticing.',
    'learn.loop.step1': 'Psoas stays tense',
    'learn.loop.step2': 'Diaphragm moves less',
    'learn.loop.step3': 'Breath moves up, faster and shallower',
    'learn.loop.step4': 'Body stays on alert',
    'learn.loop.label': 'The loop, step by step',
    'learn.signals.title': 'Five signals',
    'learn.signals.intro': 'Five signs can point to the loop running. The check-in asks about exactly these.',
    'learn.help.title': 'What may help',
    'learn.help.belly':
      'Belly breathing: lie on your back with knees bent, one hand on your chest and one on your belly. Breathe in slowly through your nose so the belly hand rises while the chest hand stays quiet, then breathe out calmly. A few minutes a day is plenty.',
    'learn.help.hips': 'Gentle hip movement, such as slow hip circles or resting in child’s pose.',
    'learn.help.calm':
      'Calm for the nervous system: a quiet walk outside, a few minutes of mindfulness, or body-focused therapy.',
    'learn.help.rest':
      'Let the psoas release in restful positions, such as lying with your lower legs on a chair. Never force a stretch.',
    'learn.diagram.title': 'Side view of the lower back and hip',
    'learn.diagram.desc':
      'A simple side view: the lumbar spine with vertebrae L1 to L5, the dome of the diaphragm above, and the psoas running from the lumbar spine down through the pelvis to the inner thigh.',
    'learn.diagram.diaphragm': 'Diaphragm',
    'learn.diagram.psoas': 'Psoas',
    'learn.diagram.spine': 'Lumbar spine',
    'learn.diagram.pelvis': 'Pelvis',
    'learn.diagram.thigh': 'Inner thigh',
    'learn.diagram.ribs': 'Ribs',
    'learn.exercises.title': 'Try it',
    'learn.exercises.intro':
      'These exercises come with the app. Start one now, or let the schedule bring them to you.',
    'learn.exercises.breathe': 'Start belly breathing',
    'learn.exercises.stretch': 'Start a stretch break',
    'learn.exercises.floor': 'Lie down and breathe',
    'learn.exercises.checkin': 'Do the check-in',
    'learn.exercises.list': 'Exercises in the app',
  },
  {
    'learn.title': 'Waarom laag ademen',
    'learn.lead':
      'Twee diepe spieren liggen vlak bij elkaar in je onderrug. Hoeveel spanning de ene vasthoudt, bepaalt mee hoe vrij je met de andere kunt ademen.',
    'learn.anatomy.title': 'Twee spieren, vlak bij elkaar',
    'learn.anatomy.psoas':
      'De psoas begint aan de zijkant van je vijf lendenwervels, L1 tot en met L5, loopt door het bekken naar beneden en eindigt aan de binnenkant van je bovenbeen. Hij helpt je been op te tillen en geeft je wervelkolom steun, en als je zit, staat hij urenlang verkort.',
    'learn.anatomy.diaphragm':
      'Het middenrif, je belangrijkste ademspier, ligt er vlak boven als een koepel onder je ribben. De achterste vezels zitten vast aan dezelfde lendenwervels, zo komen de twee samen bij je wervelkolom.',
    'learn.effect.title': 'Als de psoas gespannen blijft',
    'learn.effect.body':
      'Een gespannen psoas geeft meer spanning rond onderrug en bekken. Het middenrif heeft dan minder ruimte om bij het inademen naar beneden te gaan. Je adem schuift van je buik naar je borst en wordt vaak sneller en oppervlakkiger.',
    'learn.loop.title': 'De cirkel',
    'learn.loop.body':
      'Snel en hoog in je borst ademen is voor je lichaam een teken om alert te blijven: de vecht-of-vluchtkant van je zenuwstelsel. Een alert lichaam houdt spieren als de psoas op scherp, en dat houdt je adem hoog. Veel mensen zitten in deze cirkel van spanning, oppervlakkige adem en onrust zonder het te merken.',
    'learn.loop.step1': 'Psoas blijft gespannen',
    'learn.loop.step2': 'Middenrif beweegt minder',
    'learn.loop.step3': 'Adem schuift omhoog, sneller en ondieper',
    'learn.loop.step4': 'Lichaam blijft alert',
    'learn.loop.label': 'De cirkel, stap voor stap',
    'learn.signals.title': 'Vijf signalen',
    'learn.signals.intro':
      'Vijf tekenen kunnen erop wijzen dat de cirkel draait. Precies daar vraagt de check-in naar.',
    'learn.help.title': 'Wat kan helpen',
    'learn.help.belly':
      'Buikademhaling: lig op je rug met gebogen knieën, één hand op je borst en één op je buik. Adem langzaam in door je neus zodat de hand op je buik omhooggaat en die op je borst rustig blijft, en adem dan kalm uit. Een paar minuten per dag is genoeg.',
    'learn.help.hips': 'Zachte heupbewegingen, zoals langzame heupcirkels of even rusten in de kindhouding.',
    'learn.help.calm':
      'Rust voor je zenuwstelsel: een kalme wandeling buiten, een paar minuten mindfulness, of lichaamsgerichte therapie.',
    'learn.help.rest':
      'Geef de psoas de kans om los te laten in rustige houdingen, zoals liggen met je onderbenen op een stoel. Forceer nooit een rekoefening.',
    'learn.diagram.title': 'Zijaanzicht van onderrug en heup',
    'learn.diagram.desc':
      'Een eenvoudig zijaanzicht: de lendenwervelkolom met de wervels L1 tot en met L5, de koepel van het middenrif erboven, en de psoas die van de lendenwervels door het bekken naar de binnenkant van het bovenbeen loopt.',
    'learn.diagram.diaphragm': 'Middenrif',
    'learn.diagram.psoas': 'Psoas',
    'learn.diagram.spine': 'Lendenwervels',
    'learn.diagram.pelvis': 'Bekken',
    'learn.diagram.thigh': 'Binnenkant bovenbeen',
    'learn.diagram.ribs': 'Ribben',
    'learn.exercises.title': 'Probeer het',
    'learn.exercises.intro':
      'Deze oefeningen zitten in de app. Begin er nu een, of laat de app ze op vaste momenten aanbieden.',
    'learn.exercises.breathe': 'Begin met buikademhaling',
    'learn.exercises.stretch': 'Begin een rekpauze',
    'learn.exercises.floor': 'Ga liggen en adem',
    'learn.exercises.checkin': 'Doe de check-in',
    'learn.exercises.list': 'Oefeningen in de app',
  },
);
