import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StatsView } from '../../../../renderer/app/statistics/stats-view.tsx';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/types.ts';
import { dayStats } from '../../../support/app-fixtures.ts';
import { renderWithBridge } from '../support/render-with-bridge.ts';

const NOW = new Date(2026, 2, 10, 15, 0).getTime();
const HISTORY = [
  dayStats('2026-03-08', { offered: 4, taken: 3, skipped: 1, breathingSeconds: 180 }),
  dayStats('2026-03-09', {
    offered: 3,
    taken: 2,
    natural: 1,
    breathingSeconds: 120,
    feelings: { calmer: 2, same: 0, tenser: 0 },
  }),
  dayStats('2026-03-10', {
    offered: 2,
    taken: 1,
    postponed: 1,
    breathingSeconds: 60,
    floorSessions: 2,
    floorSeconds: 900,
  }),
];

function setup(language: 'en' | 'nl' = 'en') {
  return renderWithBridge(() => <StatsView now={() => NOW} />, {
    settings: { ...DEFAULT_SETTINGS, language },
    handlers: {
      'stats:days': () => HISTORY,
      'stats:export-csv': () => ({ saved: true, path: '/home/me/breathing-room.csv' }),
    },
  });
}

afterEach(cleanup);

describe('StatsView', () => {
  it('draws the 14-day chart as one image with a spoken summary, and a table of the numbers', async () => {
    const { bridge } = setup();
    const chart = await screen.findByRole('img', { name: /6 breaks taken, 1 skipped and 1 taken naturally/ });
    expect(chart.querySelectorAll('rect.chart__bar--taken')).toHaveLength(3);
    const table = screen.getByRole('table', { name: 'Breaks per day over the last 14 days' });
    expect(within(table).getAllByRole('row')).toHaveLength(15);
    expect(bridge.callsTo('stats:days')).toEqual([{ days: 400 }]);
  });

  it('shows the streak, minutes breathed and how people felt', async () => {
    setup();
    expect(await screen.findByText('3 days')).toBeTruthy();
    expect(screen.getByText('6 min')).toBeTruthy();
    expect(screen.getByText('Calmer').nextElementSibling?.textContent).toBe('2');
  });

  it('shows the floor sessions as their own kind, with their minutes', async () => {
    setup();
    const tile = await screen.findByTestId('floor-tile');
    expect(tile.textContent).toBe('Lying down15 min2 sessions on the floor in 14 days.');
    // The breaks' own minutes are not mixed with the floor's.
    expect(screen.getByText('6 min')).toBeTruthy();
  });

  it('invites a first check-in when there is no trend yet', async () => {
    setup();
    expect(await screen.findByText(/No check-ins yet/)).toBeTruthy();
  });

  it('exports CSV through main and says where it went', async () => {
    const { bridge } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Export as CSV' }));
    expect(await screen.findByText('Saved to /home/me/breathing-room.csv')).toBeTruthy();
    expect(bridge.callsTo('stats:export-csv')).toHaveLength(1);
  });

  it('speaks Dutch', async () => {
    setup('nl');
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistieken' })).toBeTruthy();
    expect(await screen.findByText('3 dagen')).toBeTruthy();
  });
});
