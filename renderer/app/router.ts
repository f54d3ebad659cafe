import { useEffect, useState } from 'preact/hooks';
import { type AppRoute, appRoutes } from '../../shared/ipc-contract.ts';

export const DEFAULT_ROUTE: AppRoute = 'preferences';

/** The route named by a location hash such as `#/statistics`; anything unknown opens the default. */
export function routeFromHash(hash: string): AppRoute {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/, 1)[0] ?? '';
  return (appRoutes as readonly string[]).includes(name) ? (name as AppRoute) : DEFAULT_ROUTE;
}

export function hashFor(route: AppRoute): string {
  return `#/${route}`;
}

/** The current route, following `hashchange` (links, history, and main's window:open). */
export function useHashRoute(): AppRoute {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
