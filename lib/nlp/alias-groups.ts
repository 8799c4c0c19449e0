/**
 * Build-time only: groups of dictionary keys that name one entity (a country's names, a person's
 * forms, NERAr's Arabic forms of one foreign name), merged where they share a key. Split from
 * known-names-build.ts.
 */

/** Groups that share a name are one group (المملكة المتحدة with its official name and with بريطانيا). */
export function mergeGroups(groups: string[][]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const g of groups)
    for (const key of g) {
      if (!parent.has(key)) parent.set(key, key);
      const a = find(g[0]!);
      const b = find(key);
      if (a !== b) parent.set(b, a);
    }
  const out = new Map<string, string[]>();
  for (const key of parent.keys()) {
    const root = find(key);
    out.set(root, [...(out.get(root) ?? []), key]);
  }
  return [...out.values()].map((g) => g.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
}
