/**
 * Compares dotted numeric versions ("2026.11.1" vs "2026.9"). Missing parts count as 0, so
 * "2026.11" equals "2026.11.0". Non-numeric parts count as 0 rather than throwing: the ERP's
 * answer is parsed leniently, the portal's own minimum is validated at start-up.
 */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const pa = a
    .trim()
    .split(".")
    .map((p) => Number.parseInt(p, 10) || 0);
  const pb = b
    .trim()
    .split(".")
    .map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function isAtLeast(version: string, minimum: string) {
  return compareVersions(version, minimum) >= 0;
}
