import { describe, expect, it } from 'vitest';
import { hashFor, routeFromHash } from '../../../renderer/app/router.ts';

describe('routeFromHash', () => {
  it('reads the route of a #/ hash, ignoring anything after it', () => {
    expect(routeFromHash('#/statistics')).toBe('statistics');
    expect(routeFromHash('#/checkin?from=tray')).toBe('checkin');
    expect(routeFromHash('#welcome')).toBe('welcome');
  });

  it('opens preferences for an empty or unknown hash', () => {
    expect(routeFromHash('')).toBe('preferences');
    expect(routeFromHash('#/nope')).toBe('preferences');
    expect(routeFromHash('#/__proto__')).toBe('preferences');
  });

  it('round-trips with hashFor', () => {
    expect(routeFromHash(hashFor('learn'))).toBe('learn');
  });
});
