import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Column, Entity, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { PrincipalResolver } from '../access/principal';
import { defineDomainErrors } from '../http/domain-error';
import { RequestValidationError } from '../http/validation-error';
import { createTestApp, TestApp } from '../testing';
import { BusinessEntity } from './business.entity';
import { MaterializedPathTree, TreeDefinition } from './materialized-path-tree';

@Entity('probe_node')
class ProbeNode extends BusinessEntity {
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text' }) path: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
  @Column({ type: 'text', nullable: true }) note: string | null;
}

class ProbeNodeTable1764000400000 implements MigrationInterface {
  name = 'ProbeNodeTable1764000400000';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE probe_node (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz, version int NOT NULL DEFAULT 1, created_by uuid,
      name text NOT NULL, parent_id uuid REFERENCES probe_node(id), path text NOT NULL, sort_order int NOT NULL DEFAULT 0, note text)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE probe_node`);
  }
}

/** The tree needs no HTTP; the kernel's guard still wants someone to resolve credentials. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ProbeNode])],
  providers: [{ provide: PrincipalResolver, useValue: { resolveBearer: async () => null } }],
  exports: [PrincipalResolver],
})
class ProbeTreeModule {}

enum ProbeErrorCode {
  Cycle = 'probe-cycle',
  NameTaken = 'probe-name-taken',
  HasChildren = 'probe-has-children',
  InUse = 'probe-in-use',
}
const ProbeError = defineDomainErrors<ProbeErrorCode>({
  [ProbeErrorCode.Cycle]: { status: 409, title: 'cycle' },
  [ProbeErrorCode.NameTaken]: { status: 409, title: 'name taken' },
  [ProbeErrorCode.HasChildren]: { status: 409, title: 'has children' },
  [ProbeErrorCode.InUse]: { status: 409, title: 'in use' },
});

const PROBE_TREE: TreeDefinition<ProbeNode> = {
  entity: ProbeNode,
  table: 'probe_node',
  label: 'Node',
  errors: {
    cycle: () => new ProbeError(ProbeErrorCode.Cycle),
    nameTaken: (name) => new ProbeError(ProbeErrorCode.NameTaken, name),
    hasChildren: (children) => new ProbeError(ProbeErrorCode.HasChildren, `${children}`),
  },
};

describe('the tree service (materialised path)', () => {
  let t: TestApp;
  let tree: MaterializedPathTree<ProbeNode>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ProbeTreeModule], migrations: [ProbeNodeTable1764000400000] });
    tree = new MaterializedPathTree(PROBE_TREE, t.clock);
  });
  afterAll(() => t.close());

  const inTx = <T>(work: (tx: EntityManager) => Promise<T>) => t.db.transaction(work);
  const add = (name: string, parentId: string | null = null) => inTx((tx) => tree.create(tx, parentId, { name }));
  const paths = async () =>
    new Map(
      (await t.db.query(`SELECT name, path FROM probe_node WHERE deleted_at IS NULL`)).map((r: { name: string; path: string }) => [r.name, r.path]),
    );
  const codeOf = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => null,
      (e: unknown) => e,
    );
    return (error as { code?: string } | null)?.code ?? (error instanceof RequestValidationError ? error.errors.map((e) => `${e.field}:${e.code}`).join() : error);
  };

  it('creates nodes whose path is the chain of ids from the top, with unique names among siblings', async () => {
    const a = await add('a');
    const b = await add('b', a.id);
    const c = await inTx((tx) => tree.create(tx, b.id, { name: 'c', sortOrder: 4, note: 'kept' }));
    expect(a.path).toBe(`/${a.id}/`);
    expect(c.path).toBe(`/${a.id}/${b.id}/${c.id}/`);
    const [row] = await t.db.query(`SELECT parent_id, sort_order, note FROM probe_node WHERE id = $1`, [c.id]);
    expect(row).toEqual({ parent_id: b.id, sort_order: 4, note: 'kept' });

    expect(await codeOf(add('b', a.id))).toBe(ProbeErrorCode.NameTaken);
    expect((await add('b')).parentId).toBeNull(); // the same name elsewhere is fine
    expect(await codeOf(add('x', '00000000-0000-4000-8000-000000000000'))).toBe('parentId:exists');
  });

  it('renames and reorders with one save, refusing a sibling’s name', async () => {
    const parent = await add('rename-parent');
    const first = await add('first', parent.id);
    await add('second', parent.id);
    const renamed = await inTx((tx) => tree.update(tx, first.id, { name: 'premier', sortOrder: 7, note: undefined }));
    expect(renamed).toMatchObject({ name: 'premier', sortOrder: 7, version: first.version + 1 });
    expect(await codeOf(inTx((tx) => tree.update(tx, first.id, { name: 'second' })))).toBe(ProbeErrorCode.NameTaken);
    expect(await codeOf(inTx((tx) => tree.update(tx, '00000000-0000-4000-8000-000000000000', { name: 'z' })))).toBe('not-found');
  });

  it('moves a subtree in one statement and refuses to move a node under itself or its descendants', async () => {
    const root = await add('m-root');
    const branch = await add('m-branch', root.id);
    const leaf = await add('m-leaf', branch.id);
    const other = await add('m-other');
    t.clock.set('2031-03-04T05:06:07.000Z');

    expect(await codeOf(inTx((tx) => tree.move(tx, root.id, leaf.id)))).toBe(ProbeErrorCode.Cycle);
    expect(await codeOf(inTx((tx) => tree.move(tx, branch.id, branch.id)))).toBe(ProbeErrorCode.Cycle);

    const moved = await inTx((tx) => tree.move(tx, branch.id, other.id, { sortOrder: 3 }));
    expect(moved).toMatchObject({ parentId: other.id, sortOrder: 3, path: `/${other.id}/${branch.id}/` });
    const after = await paths();
    expect(after.get('m-leaf')).toBe(`/${other.id}/${branch.id}/${leaf.id}/`);
    expect(after.get('m-root')).toBe(`/${root.id}/`);
    const [{ updated_at }] = await t.db.query(`SELECT updated_at FROM probe_node WHERE id = $1`, [leaf.id]);
    expect(updated_at.toISOString()).toBe('2031-03-04T05:06:07.000Z');
    const [audit] = await t.db.query(`SELECT before, after FROM audit_log WHERE action = 'MOVE' AND entity_id = $1`, [branch.id]);
    expect(audit).toEqual({ before: { parentId: root.id, path: `/${root.id}/${branch.id}/` }, after: { parentId: other.id, path: moved.path } });

    // To the top level, and a move that would clash with a sibling's name.
    expect((await inTx((tx) => tree.move(tx, leaf.id, null))).path).toBe(`/${leaf.id}/`);
    const twin = await add('m-leaf', other.id);
    expect(await codeOf(inTx((tx) => tree.move(tx, twin.id, null)))).toBe(ProbeErrorCode.NameTaken);
  });

  it('serialises concurrent moves, so two crossing moves cannot build a loop', async () => {
    const x = await add('cross-x');
    const y = await add('cross-y');
    const outcomes = await Promise.allSettled([inTx((tx) => tree.move(tx, x.id, y.id)), inTx((tx) => tree.move(tx, y.id, x.id))]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected?.reason.code).toBe(ProbeErrorCode.Cycle);
  });

  it('reorders siblings as listed, and only with the complete list of siblings', async () => {
    const parent = await add('order-parent');
    const [p, q, r] = [await add('p', parent.id), await add('q', parent.id), await add('r', parent.id)];
    await inTx((tx) => tree.reorder(tx, parent.id, [r.id, p.id, q.id]));
    const rows = await t.db.query(`SELECT name, sort_order FROM probe_node WHERE parent_id = $1 ORDER BY sort_order`, [parent.id]);
    expect(rows).toEqual([
      { name: 'r', sort_order: 0 },
      { name: 'p', sort_order: 1 },
      { name: 'q', sort_order: 2 },
    ]);
    expect(await codeOf(inTx((tx) => tree.reorder(tx, parent.id, [r.id, p.id])))).toBe('ids:siblings');
    expect(await codeOf(inTx((tx) => tree.reorder(tx, parent.id, [r.id, p.id, p.id])))).toBe('ids:siblings');
    expect(await codeOf(inTx((tx) => tree.reorder(tx, parent.id, [r.id, p.id, parent.id])))).toBe('ids:siblings');
  });

  it('deletes only a leaf the caller says is unused, softly', async () => {
    const parent = await add('d-parent');
    const child = await add('d-child', parent.id);
    const used = new Set([child.id]);
    const assertUnused = async (_tx: EntityManager, node: ProbeNode) => {
      if (used.has(node.id)) throw new ProbeError(ProbeErrorCode.InUse);
    };
    expect(await codeOf(inTx((tx) => tree.remove(tx, parent.id, assertUnused)))).toBe(ProbeErrorCode.HasChildren);
    expect(await codeOf(inTx((tx) => tree.remove(tx, child.id, assertUnused)))).toBe(ProbeErrorCode.InUse);
    used.clear();
    t.clock.set('2031-05-06T07:08:09.000Z');
    await inTx((tx) => tree.remove(tx, child.id, assertUnused));
    await inTx((tx) => tree.remove(tx, parent.id));
    const [row] = await t.db.query(`SELECT deleted_at FROM probe_node WHERE id = $1`, [parent.id]);
    expect(row.deleted_at.toISOString()).toBe('2031-05-06T07:08:09.000Z');
    expect(await codeOf(inTx((tx) => tree.findOrFail(tx, parent.id)))).toBe('not-found');
    // A deleted name is free again.
    expect((await add('d-parent')).name).toBe('d-parent');
  });
});
