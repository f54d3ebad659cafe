import type {
  AppInfo,
  InvokeChannel,
  InvokeMap,
  PushChannel,
  PushMap,
} from '../../../shared/ipc-contract.ts';
import type { Settings } from '../../../shared/settings/types.ts';
import type { FakeCall } from '../../support/fake-bridge.ts';

/** Plain-JSON options of the fake bridge in a page (functions cannot cross into the browser). */
export interface PageFakeOptions {
  readonly settings?: Settings;
  readonly appInfo?: Partial<AppInfo>;
  /** Fixed answers per invoke channel; changeable later with `setResponse`. */
  readonly responses?: { readonly [K in InvokeChannel]?: InvokeMap[K]['res'] };
}

/** `window.__fake` in the page: what a test reads and drives through `page.evaluate`. */
export interface PageFakeHandle {
  calls(): FakeCall[];
  callsTo(channel: InvokeChannel): unknown[];
  emit<K extends PushChannel>(channel: K, payload: PushMap[K]): void;
  setResponse(channel: InvokeChannel, value: unknown): void;
  settings(): Settings;
}
