/**
 * Trees stored with a materialised path (`/rootId/childId/`): a subtree is one `LIKE path || '%'`.
 * The pure half of the tree service (MaterializedPathTree), which every hierarchy in Kehu uses.
 */
export const materializedPath = {
  /** The path of node `id` under a parent with `parentPath` (null → top level). */
  childPath(parentPath: string | null | undefined, id: string): string {
    return `${parentPath ?? '/'}${id}/`;
  },

  /** True when `path` lies inside the subtree rooted at `ancestorPath` (itself included). */
  isWithin(path: string, ancestorPath: string): boolean {
    return path.startsWith(ancestorPath);
  },

  /** Nests flat rows (already in display order) under their parents; orphans become roots. */
  buildTree<T extends { id: string; parentId: string | null }>(rows: T[]): Array<T & { children: Array<T & { children: unknown[] }> }> {
    type Node = T & { children: Node[] };
    const nodes = new Map<string, Node>();
    for (const row of rows) nodes.set(row.id, { ...row, children: [] });
    const roots: Node[] = [];
    for (const node of nodes.values()) (node.parentId ? (nodes.get(node.parentId)?.children ?? roots) : roots).push(node);
    return roots;
  },
};
