import { busy } from '../../shared/i18n/catalogs/busy.ts';
import { checkin } from '../../shared/i18n/catalogs/checkin.ts';
import { common } from '../../shared/i18n/catalogs/common.ts';
import { errors } from '../../shared/i18n/catalogs/errors.ts';
import { learn } from '../../shared/i18n/catalogs/learn.ts';
import { prefs } from '../../shared/i18n/catalogs/prefs.ts';
import { stats } from '../../shared/i18n/catalogs/stats.ts';
import { welcome } from '../../shared/i18n/catalogs/welcome.ts';
import type { WindowNamespaces } from '../lib/i18n.ts';

/** The strings the app window (preferences, statistics, check-in, learn, welcome, about) needs. */
export const appNamespaces: WindowNamespaces = [common, prefs, stats, checkin, learn, welcome, errors, busy];
