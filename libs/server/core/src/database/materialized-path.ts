import type { EntityManager } from 'typeorm';

/**
 * Trees stored with a materialised path (`/rootId/childId/`): a subtree is one `LIKE path || '%'`.
 * Shared by every tree in Kehu (departments, customer categories, product categories).
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

  /** Rewrites the paths of a moved subtree in one statement. `table` is a trusted identifier. */
  async moveSubtree(manager: EntityManager, table: string, oldPath: string, newPath: string): Promise<void> {
    await manager.query(`UPDATE ${table} SET path = $2 || substr(path, length($1) + 1), updated_at = now() WHERE path LIKE $1 || '%'`, [
      oldPath,
      newPath,
    ]);
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
