import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { FrameClockCtx } from '../../renderer/break/frame-clock.ts';
import { breakNamespaces } from '../../renderer/break/namespaces.ts';
import { BridgeCtx } from '../../renderer/lib/bridge.ts';
import { LocaleCtx, localeValue } from '../../renderer/lib/i18n.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { createManualFrameClock, type ManualFrameClock } from './break-frame-clock.ts';
import { createFakeBridge, type FakeBridge, type FakeBridgeOptions } from './fake-bridge.ts';

export interface BreakRender {
  readonly bridge: FakeBridge;
  readonly clock: ManualFrameClock;
  readonly result: ReturnType<typeof render>;
}

/** Renders a break-window view with a fake bridge, a hand-driven frame clock and a language. */
export function renderBreakView(
  ui: ComponentChildren,
  options: { readonly locale?: Locale; readonly bridge?: FakeBridgeOptions } = {},
): BreakRender {
  const bridge = createFakeBridge(options.bridge);
  const clock = createManualFrameClock();
  const result = render(
    <BridgeCtx.Provider value={bridge}>
      <LocaleCtx.Provider value={localeValue(options.locale ?? 'en', breakNamespaces)}>
        <FrameClockCtx.Provider value={clock}>{ui}</FrameClockCtx.Provider>
      </LocaleCtx.Provider>
    </BridgeCtx.Provider>,
  );
  return { bridge, clock, result };
}
