/**
 * Maximum bipartite matching (Kuhn's augmenting paths): `candidates(l)` lists the right-hand items left item `l`
 * may take. Returns, for each left item, the right item it got or -1. Left items are tried in order, so ties
 * go to earlier items and the result is deterministic. Sizes here are a few dozen, so O(V·E) is fine.
 */
export function bipartiteMatch(leftCount: number, rightCount: number, candidates: (left: number) => readonly number[]): number[] {
  const rightOwner = new Array<number>(rightCount).fill(-1);
  const leftMatch = new Array<number>(leftCount).fill(-1);

  const augment = (left: number, seen: boolean[]): boolean => {
    for (const right of candidates(left)) {
      if (seen[right]) continue;
      seen[right] = true;
      const owner = rightOwner[right]!;
      if (owner === -1 || augment(owner, seen)) {
        rightOwner[right] = left;
        leftMatch[left] = right;
        return true;
      }
    }
    return false;
  };

  for (let left = 0; left < leftCount; left++) augment(left, new Array<boolean>(rightCount).fill(false));
  return leftMatch;
}
