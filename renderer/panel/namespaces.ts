import { busy } from '../../shared/i18n/catalogs/busy.ts';
import { common } from '../../shared/i18n/catalogs/common.ts';
import { panel } from '../../shared/i18n/catalogs/panel.ts';
import type { WindowNamespaces } from '../lib/i18n.ts';

/** The strings the tray panel needs. */
export const panelNamespaces: WindowNamespaces = [common, panel, busy];
