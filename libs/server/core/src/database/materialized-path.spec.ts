import { materializedPath } from './materialized-path';

describe('materialised path trees', () => {
  it('builds child paths and answers subtree membership', () => {
    const root = materializedPath.childPath(null, 'a');
    const child = materializedPath.childPath(root, 'b');
    expect(root).toBe('/a/');
    expect(child).toBe('/a/b/');
    expect(materializedPath.isWithin(child, root)).toBe(true);
    expect(materializedPath.isWithin(root, child)).toBe(false);
    expect(materializedPath.isWithin('/ab/', '/a/')).toBe(false);
  });

  it('nests rows under their parents in the given order, orphans at the top', () => {
    const tree = materializedPath.buildTree([
      { id: 'a', parentId: null },
      { id: 'b', parentId: 'a' },
      { id: 'c', parentId: 'a' },
      { id: 'd', parentId: 'missing' },
    ]);
    expect(tree.map((n) => n.id)).toEqual(['a', 'd']);
    expect(tree[0].children.map((n) => (n as { id: string }).id)).toEqual(['b', 'c']);
  });
});
