import { common } from '../../shared/i18n/catalogs/common.ts';
import { notice } from '../../shared/i18n/catalogs/notice.ts';
import { pacer } from '../../shared/i18n/catalogs/pacer.ts';
import { stretch } from '../../shared/i18n/catalogs/stretch.ts';
import type { WindowNamespaces } from '../lib/i18n.ts';

/** The strings the break window needs; nothing else is bundled into its entry (30 KB budget). */
export const breakNamespaces: WindowNamespaces = [common, pacer, stretch, notice];
