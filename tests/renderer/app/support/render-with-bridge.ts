import { render } from '@testing-library/preact';
import { h, type VNode } from 'preact';
import { appNamespaces } from '../../../../renderer/app/namespaces.ts';
import { AppRoot } from '../../../../renderer/lib/app-root.tsx';
import type { Settings } from '../../../../shared/settings/types.ts';
import { createFakeBridge, type FakeBridge, type FakeBridgeOptions } from '../../../support/fake-bridge.ts';

/** Renders a view inside the real AppRoot (settings, language, theme) over a fake bridge. */
export function renderWithBridge(
  view: (settings: Settings) => VNode,
  options: FakeBridgeOptions = {},
): { readonly bridge: FakeBridge } {
  const bridge = createFakeBridge(options);
  render(h(AppRoot, { bridge, namespaces: appNamespaces, children: (settings: Settings) => view(settings) }));
  return { bridge };
}
