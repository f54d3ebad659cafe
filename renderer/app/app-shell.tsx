import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../shared/i18n/index.ts';
import type { AppRoute } from '../../shared/ipc-contract.ts';
import { useT } from '../lib/i18n.ts';
import { useAppInfo } from '../lib/use-settings.ts';
import { hashFor } from './router.ts';
import './app.css';

const NAV: readonly { readonly route: AppRoute; readonly key: MessageKey }[] = [
  { route: 'preferences', key: 'prefs.title' },
  { route: 'statistics', key: 'stats.title' },
  { route: 'checkin', key: 'checkin.title' },
  { route: 'learn', key: 'learn.title' },
  { route: 'about', key: 'prefs.about.title' },
];

export interface AppShellProps {
  readonly route: AppRoute;
  readonly children: ComponentChildren;
}

/**
 * The app window's frame: a side navigation and one view. After a route change, focus moves to
 * the view's heading so keyboard and screen-reader users land on the new page, not in the nav.
 */
export function AppShell({ route, children }: AppShellProps) {
  const t = useT();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  const title = NAV.find((item) => item.route === route)?.key;
  useEffect(() => {
    document.title = title ? `${t(title)} · ${t('app.name')}` : t('app.name');
  }, [title, t]);

  if (route === 'welcome') {
    return (
      <main ref={mainRef} id="content" class="app app--solo">
        <ResetNotice />
        {children}
      </main>
    );
  }

  return (
    <div class="app">
      {/* A button, not an in-page link: the hash holds the route. */}
      <button type="button" class="skip-link" onClick={() => mainRef.current?.focus()}>
        {t('prefs.nav.skip')}
      </button>
      <nav class="app__nav" aria-label={t('prefs.nav.label')}>
        <p class="app__brand">
          <span class="app__brand-mark" aria-hidden="true" />
          {t('app.name')}
        </p>
        <ul class="app__nav-list">
          {NAV.map((item) => (
            <li key={item.route}>
              <a
                class="app__nav-link"
                href={hashFor(item.route)}
                aria-current={item.route === route ? 'page' : undefined}
              >
                {t(item.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main ref={mainRef} id="content" class="app__main" tabIndex={-1}>
        <ResetNotice />
        {children}
      </main>
    </div>
  );
}

/**
 * Main tells only the app window that the settings file was unreadable and reset; say it once,
 * calmly, until dismissed (the OS notification at start may have gone unseen).
 */
function ResetNotice() {
  const t = useT();
  const info = useAppInfo();
  const [dismissed, setDismissed] = useState(false);
  const shown = info?.settingsWereReset === true && !dismissed;
  // The live region is there from the start, so the text arriving in it is announced.
  return (
    <div role="status">
      {shown ? (
        <div class="card app__notice">
          <p class="note">{t('prefs.settings-reset-banner')}</p>
          <button type="button" class="button" onClick={() => setDismissed(true)}>
            {t('prefs.settings-reset-dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
