import type { AppRoute } from '../../shared/ipc-contract.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { AboutView } from './about/about-view.tsx';
import { AppShell } from './app-shell.tsx';
import { CheckinView } from './checkin/checkin-view.tsx';
import { LearnView } from './learn/learn-view.tsx';
import { PreferencesView } from './preferences/preferences-view.tsx';
import { useHashRoute } from './router.ts';
import { StatsView } from './statistics/stats-view.tsx';
import { WelcomeView } from './welcome/welcome-view.tsx';

function RouteView({ route, settings }: { readonly route: AppRoute; readonly settings: Settings }) {
  switch (route) {
    case 'preferences':
      return <PreferencesView settings={settings} />;
    case 'statistics':
      return <StatsView />;
    case 'checkin':
      return <CheckinView />;
    case 'learn':
      return <LearnView />;
    case 'welcome':
      return <WelcomeView settings={settings} />;
    case 'about':
      return <AboutView />;
  }
}

/** The app window: the view named by the location hash inside the shared frame. */
export function AppView({ settings }: { readonly settings: Settings }) {
  const route = useHashRoute();
  return (
    <AppShell route={route}>
      <RouteView route={route} settings={settings} />
    </AppShell>
  );
}
