import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import type { BridgeApi } from '../../shared/ipc-contract.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { applyAppearance, effectiveReducedMotion, effectiveTheme } from './appearance.ts';
import { BridgeCtx } from './bridge.ts';
import { effectiveLocale, LocaleCtx, localeValue, type WindowNamespaces } from './i18n.ts';
import { useMediaQuery } from './use-media-query.ts';
import { useAppInfo, useSettings } from './use-settings.ts';
import type { WindowStart } from './window-start.ts';

export interface AppRootProps {
  readonly bridge: BridgeApi;
  /** The string namespaces this window uses: only these are bundled into its entry. */
  readonly namespaces: WindowNamespaces;
  /** Settings and app info the page asked for before this first render (askWindowStart). */
  readonly start?: WindowStart;
  readonly children: (settings: Settings, reducedMotion: boolean) => ComponentChildren;
}

/** Loads settings, then provides language and applies theme and motion for every window. */
export function AppRoot({ bridge, namespaces, start, children }: AppRootProps) {
  return (
    <BridgeCtx.Provider value={bridge}>
      <Appearance namespaces={namespaces} start={start}>
        {children}
      </Appearance>
    </BridgeCtx.Provider>
  );
}

function Appearance({
  namespaces,
  start,
  children,
}: Pick<AppRootProps, 'namespaces' | 'start' | 'children'>) {
  const settings = useSettings(start?.settings ?? null);
  const info = useAppInfo(start?.info ?? null);
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const prefersReduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const systemLocale = info?.systemLocale ?? navigator.language;
  const locale = effectiveLocale(settings?.language, systemLocale);
  const theme = effectiveTheme(settings?.theme, prefersDark);
  const reducedMotion = effectiveReducedMotion(settings?.motion, prefersReduced);
  const value = useMemo(() => localeValue(locale, namespaces), [locale, namespaces]);

  // Before the browser paints: the first frame with content is already in the right theme, so
  // dark mode never shows a light page between the first render and an effect.
  useLayoutEffect(() => {
    applyAppearance(document.documentElement, theme, reducedMotion, locale);
  }, [theme, reducedMotion, locale]);

  if (!settings) return null;
  return <LocaleCtx.Provider value={value}>{children(settings, reducedMotion)}</LocaleCtx.Provider>;
}
