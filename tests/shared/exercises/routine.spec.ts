import { describe, expect, it } from 'vitest';
import type { SignalLevel } from '../../../shared/domain/signals.ts';
import { exercises } from '../../../shared/exercises/exercises.ts';
import { pickStretchRoutine, suggestExercises } from '../../../shared/exercises/routine.ts';
import type { Exercise, ExerciseId, SignalId } from '../../../shared/exercises/types.ts';

const CALM_IDS: readonly ExerciseId[] = ['body-scan', 'belly-breathing', 'constructive-rest'];
const DURATIONS = [0, 20, 45, 60, 100, 150, 180, 240, 300, 420, 600, 900, 1800];
const ROTATIONS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 17, -1, -6];

function ids(list: readonly Exercise[]): ExerciseId[] {
  return list.map((exercise) => exercise.id);
}

function total(list: readonly Exercise[]): number {
  return list.reduce((sum, exercise) => sum + exercise.durationSeconds, 0);
}

function eligible(includeFloor: boolean): readonly Exercise[] {
  return exercises.filter(
    (e) => e.place === 'desk' || e.place === 'standing' || (includeFloor && e.place === 'floor'),
  );
}

const cases = DURATIONS.flatMap((durationSeconds) =>
  [false, true].flatMap((includeFloor) =>
    ROTATIONS.map((rotation) => ({ durationSeconds, includeFloor, rotation })),
  ),
);

describe('pickStretchRoutine', () => {
  it('plans a 5-minute desk break as worked out by hand', () => {
    // Pool without the reserved body scan (60 s): standing circles 77, seated circles 101,
    // desk hip flexor 90, figure four 65. Budget 240 s.
    expect(ids(pickStretchRoutine({ durationSeconds: 300, includeFloor: false, rotation: 0 }))).toEqual([
      'standing-hip-circles',
      'seated-hip-circles',
      'body-scan',
    ]);
    expect(ids(pickStretchRoutine({ durationSeconds: 300, includeFloor: false, rotation: 1 }))).toEqual([
      'seated-hip-circles',
      'hip-flexor-release-desk',
      'body-scan',
    ]);
    expect(ids(pickStretchRoutine({ durationSeconds: 300, includeFloor: false, rotation: 2 }))).toEqual([
      'hip-flexor-release-desk',
      'seated-figure-four',
      'standing-hip-circles',
      'body-scan',
    ]);
  });

  it('never exceeds the break, unless it is a single exercise longer than every option', () => {
    for (const options of cases) {
      const routine = pickStretchRoutine(options);
      expect(routine.length).toBeGreaterThan(0);
      if (total(routine) > options.durationSeconds) {
        expect(routine).toHaveLength(1);
        const shortest = Math.min(...eligible(options.includeFloor).map((e) => e.durationSeconds));
        expect(routine[0]?.durationSeconds).toBe(shortest);
        expect(shortest).toBeGreaterThan(options.durationSeconds);
      }
    }
  });

  it('never repeats an exercise', () => {
    for (const options of cases) {
      const routine = ids(pickStretchRoutine(options));
      expect(new Set(routine).size).toBe(routine.length);
    }
  });

  it('keeps to the desk and standing unless floor work is allowed, and never sends people outside', () => {
    for (const options of cases) {
      for (const exercise of pickStretchRoutine(options)) {
        expect(exercise.place).not.toBe('outside');
        if (!options.includeFloor) expect(exercise.place).not.toBe('floor');
      }
    }
  });

  it('uses floor exercises when they are allowed and there is room', () => {
    const seen = new Set<string>();
    for (const rotation of ROTATIONS) {
      for (const e of pickStretchRoutine({ durationSeconds: 600, includeFloor: true, rotation }))
        seen.add(e.place);
    }
    expect(seen.has('floor')).toBe(true);
  });

  it('fills the break: no left-out exercise would still have fit', () => {
    for (const options of cases) {
      const routine = pickStretchRoutine(options);
      const spareSeconds = options.durationSeconds - total(routine);
      if (spareSeconds < 0) continue;
      for (const exercise of eligible(options.includeFloor)) {
        if (!routine.includes(exercise)) expect(exercise.durationSeconds).toBeGreaterThan(spareSeconds);
      }
    }
  });

  it('ends with a calm item whenever one fits', () => {
    for (const options of cases) {
      const calmFits = eligible(options.includeFloor).some(
        (e) => CALM_IDS.includes(e.id) && e.durationSeconds <= options.durationSeconds,
      );
      if (!calmFits) continue;
      const routine = pickStretchRoutine(options);
      expect(CALM_IDS).toContain(routine.at(-1)?.id);
    }
  });

  it('starts somewhere else on each consecutive break', () => {
    for (const includeFloor of [false, true]) {
      for (let rotation = 0; rotation < 12; rotation += 1) {
        const now = pickStretchRoutine({ durationSeconds: 300, includeFloor, rotation });
        const next = pickStretchRoutine({ durationSeconds: 300, includeFloor, rotation: rotation + 1 });
        expect(next[0]?.id).not.toBe(now[0]?.id);
      }
    }
  });

  it('is deterministic and leaves the library untouched', () => {
    const before = ids(exercises);
    for (const options of cases) {
      expect(ids(pickStretchRoutine(options))).toEqual(ids(pickStretchRoutine({ ...options })));
    }
    expect(ids(exercises)).toEqual(before);
  });

  it('treats odd input as no time or no rotation instead of failing', () => {
    const shortestDesk = Math.min(...eligible(false).map((e) => e.durationSeconds));
    for (const durationSeconds of [Number.NaN, -10, Number.NEGATIVE_INFINITY]) {
      const routine = pickStretchRoutine({ durationSeconds, includeFloor: false, rotation: 0 });
      expect(routine).toHaveLength(1);
      expect(routine[0]?.durationSeconds).toBe(shortestDesk);
    }
    expect(
      ids(pickStretchRoutine({ durationSeconds: 300, includeFloor: false, rotation: Number.NaN })),
    ).toEqual(ids(pickStretchRoutine({ durationSeconds: 300, includeFloor: false, rotation: 0 })));
  });
});

describe('suggestExercises', () => {
  const answers = (entries: [SignalId, SignalLevel][]) => new Map<SignalId, SignalLevel>(entries);

  it('suggests nothing when nothing is marked', () => {
    expect(suggestExercises(new Map(), 5)).toEqual([]);
    expect(
      suggestExercises(
        answers([
          ['deep-breath-hard', 0],
          ['tired-despite-rest', 0],
        ]),
        5,
      ),
    ).toEqual([]);
  });

  it('puts belly breathing first when any breathing signal is marked, even faintly', () => {
    for (const signal of ['deep-breath-hard', 'breath-high', 'short-of-breath'] as const) {
      const list = suggestExercises(
        answers([
          [signal, 1],
          ['tired-despite-rest', 2],
        ]),
        3,
      );
      expect(list[0]?.id).toBe('belly-breathing');
    }
  });

  it('only suggests exercises that fit a marked signal', () => {
    const list = suggestExercises(answers([['tired-despite-rest', 2]]), 10);
    expect(list.length).toBeGreaterThan(0);
    for (const exercise of list) expect(exercise.helpsWith).toContain('tired-despite-rest');
    expect(list).toHaveLength(exercises.filter((e) => e.helpsWith.includes('tired-despite-rest')).length);
  });

  it('ranks what fits a "clearly" above what fits only a "little"', () => {
    // Standing hip circles fit only the back; the body scan fits only tiredness (and breath-high).
    const list = ids(
      suggestExercises(
        answers([
          ['belly-back-pressure', 1],
          ['tired-despite-rest', 2],
        ]),
        10,
      ),
    );
    expect(list.indexOf('body-scan')).toBeLessThan(list.indexOf('standing-hip-circles'));
    expect(list).toContain('standing-hip-circles');
  });

  it('lets one clear signal outweigh two faint ones', () => {
    const list = ids(
      suggestExercises(
        answers([
          ['tired-despite-rest', 2],
          ['belly-back-pressure', 1],
          ['deep-breath-hard', 1],
        ]),
        10,
      ),
    );
    // Body scan: tired (clearly). Kneeling hip-flexor release: back + deep breath (both a little).
    expect(list.indexOf('body-scan')).toBeLessThan(list.indexOf('hip-flexor-release'));
  });

  it('keeps library order among equal fits', () => {
    const list = ids(suggestExercises(answers([['belly-back-pressure', 1]]), 10));
    const libraryOrder = exercises
      .filter((e) => e.helpsWith.includes('belly-back-pressure'))
      .map((e) => e.id);
    expect(list).toEqual(libraryOrder);
  });

  it('respects the limit', () => {
    const all = answers([
      ['deep-breath-hard', 2],
      ['belly-back-pressure', 2],
      ['tired-despite-rest', 2],
      ['breath-high', 2],
      ['short-of-breath', 2],
    ]);
    expect(suggestExercises(all, 2)).toHaveLength(2);
    expect(suggestExercises(all, 0)).toEqual([]);
    expect(suggestExercises(all, -3)).toEqual([]);
    expect(suggestExercises(all)).toHaveLength(3);
    expect(suggestExercises(all, 100)).toHaveLength(exercises.length);
  });

  it('reads a plain record (stored JSON) the same as a map and ignores unknown levels', () => {
    const asMap = suggestExercises(
      answers([
        ['breath-high', 2],
        ['belly-back-pressure', 1],
      ]),
      10,
    );
    expect(suggestExercises({ 'breath-high': 2, 'belly-back-pressure': 1 }, 10)).toEqual(asMap);
    const junk = JSON.parse(
      '{"breath-high": 2, "belly-back-pressure": 1, "tired-despite-rest": 7}',
    ) as Record<SignalId, SignalLevel>;
    expect(suggestExercises(junk, 10)).toEqual(asMap);
  });

  it('gives the same answer for the same input', () => {
    const input = answers([
      ['breath-high', 1],
      ['tired-despite-rest', 2],
    ]);
    expect(ids(suggestExercises(input, 4))).toEqual(ids(suggestExercises(input, 4)));
  });
});
