export interface AllowListEntry {
  readonly id: string;
  readonly file: string;
  readonly reason: string;
  readonly sample?: string;
  readonly policy?: string;
}

export interface Finding {
  readonly id: string;
  readonly file: string;
  readonly sample?: unknown;
}

export function checkAllowList(allowList: readonly AllowListEntry[]): readonly AllowListEntry[];
export function findingMatches(entry: AllowListEntry, finding: Finding): boolean;
