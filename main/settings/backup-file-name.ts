/**
 * `settings.json` → `settings.corrupt-2026-11-25T19-54-21-123Z.json`: the same folder, so the
 * user finds it beside the original, and no ':' so the name is valid on Windows. When that
 * name is taken (two resets in one millisecond, or a clock set back) a counter is added.
 */
export function backupFilePath(
  filePath: string,
  label: string,
  nowMs: number,
  exists: (path: string) => boolean,
): string {
  const stamp = new Date(nowMs).toISOString().replaceAll(':', '-').replaceAll('.', '-');
  const base = filePath.endsWith('.json') ? filePath.slice(0, -'.json'.length) : filePath;
  const first = `${base}.${label}-${stamp}.json`;
  if (!exists(first)) return first;
  for (let counter = 2; ; counter += 1) {
    const candidate = `${base}.${label}-${stamp}-${counter}.json`;
    if (!exists(candidate)) return candidate;
  }
}
