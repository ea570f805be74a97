import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

/**
 * The 1-based line of a YAML path, so an error points at the entry to fix; when the
 * path does not exist (a missing key), the line of its nearest existing parent.
 */
export function lineOf(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number | null {
  let node: unknown = doc.contents;
  let line = lineAt(node, counter);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      line = lineAt(pair.key, counter) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      line = lineAt(node, counter) ?? line;
    } else {
      break;
    }
  }
  return line;
}

function lineAt(node: unknown, counter: LineCounter): number | null {
  if (node === null || typeof node !== 'object' || !('range' in node)) return null;
  const range = (node as { range?: [number, number, number] | null }).range;
  return range ? counter.linePos(range[0]).line : null;
}
