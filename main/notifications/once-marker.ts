import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Remembers across starts that something was said once (an empty file under
 * `<userData>/told/`), so a fact about the machine that will not change is not repeated at every
 * start. A marker that cannot be written only means it may be said again.
 */
export interface OnceMarker {
  /** True the first time for `name`, ever; records it. */
  first(name: string): boolean;
}

export function createOnceMarker(userDataDir: string): OnceMarker {
  const dir = join(userDataDir, 'told');
  return {
    first(name) {
      const file = join(dir, name);
      if (existsSync(file)) return false;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, '');
      } catch {
        // Said again next time; nothing worse.
      }
      return true;
    },
  };
}
