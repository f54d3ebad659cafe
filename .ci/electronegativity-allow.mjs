// The allow-list rules of .ci/electronegativity.mjs, apart so tests can check them
// (tests/build/content-security-policy.spec.ts).

/** Findings whose justification only holds for one exact value: the CSP a page ships. */
const PINNED_IDS = new Set(['CSP_GLOBAL_CHECK']);

/** Throws on an entry without id, file and a real reason, or a CSP entry without its exact policy. */
export function checkAllowList(allowList) {
  for (const entry of allowList) {
    if (!entry.id || !entry.file || typeof entry.reason !== 'string' || entry.reason.length < 20) {
      throw new Error(`allow-list entry without id, file and a real reason: ${JSON.stringify(entry)}`);
    }
    if (PINNED_IDS.has(entry.id) && typeof entry.policy !== 'string') {
      throw new Error(
        `allow-list entry for ${entry.id} must pin the exact policy it justifies: ${entry.file}`,
      );
    }
  }
  return allowList;
}

/**
 * An entry justifies a finding in the same file with the same id, and then only the exact policy
 * it names (a CSP weakened with 'unsafe-inline' or https: is a new finding), or, without a
 * policy, a finding whose sample contains the entry's sample.
 */
export function findingMatches(entry, finding) {
  if (entry.id !== finding.id || entry.file !== finding.file) return false;
  const sample = String(finding.sample ?? '').trim();
  if (entry.policy !== undefined) return sample === entry.policy;
  return entry.sample === undefined || sample.includes(entry.sample);
}
