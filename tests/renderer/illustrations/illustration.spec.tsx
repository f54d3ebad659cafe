import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Illustration, illustrations } from '../../../renderer/illustrations/illustration.tsx';
import { illustrationIds } from '../../../shared/exercises/illustrations.ts';

afterEach(cleanup);

describe('illustrations', () => {
  it('has one drawing for every illustration id', () => {
    expect(Object.keys(illustrations).sort()).toEqual([...illustrationIds].sort());
  });

  it.each(illustrationIds)('%s draws in currentColor with an accessible name', (id) => {
    const { container } = render(<Illustration id={id} title={`Drawing ${id}`} />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('stroke')).toBe('currentColor');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(`Drawing ${id}`);
    expect(svg?.querySelectorAll('path').length).toBeGreaterThanOrEqual(2);
    // No hard-coded colours: everything follows the theme.
    expect(svg?.outerHTML).not.toMatch(/#[0-9a-f]{3,6}|rgb\(/i);
  });

  it('is hidden from assistive technology without a title', () => {
    const { container } = render(<Illustration id="childs-pose" />);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
