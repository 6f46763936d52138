import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { IsNull } from 'typeorm';
import { writeAudit } from '../audit/audit-writer';
import { notFound } from '../http/domain-error';
import { RequestValidationError } from '../http/validation-error';
import type { Clock } from '../time/clock';
import { materializedPath } from './materialized-path';

/**
 * What a tree's entity must have, over columns `name`, `parent_id`, `path`, `sort_order` and the
 * business columns (`deleted_at`, `updated_at`, `version`). Siblings have distinct names.
 */
export interface TreeNode {
  id: string;
  name: string;
  parentId: string | null;
  /** `/rootId/…/ownId/`: a subtree is one `path LIKE prefix || '%'` (text_pattern_ops index). */
  path: string;
  sortOrder: number;
  deletedAt: Date | null;
}

/** One hierarchy (departments, customer categories, product categories…). */
export interface TreeDefinition<N extends TreeNode> {
  entity: EntityTarget<N>;
  /** The entity's table; a trusted identifier written into SQL. */
  table: string;
  /** How a node is named in 404s and field errors: `Department` → "no such department". */
  label: string;
  /** The domain's error for each broken rule, so each tree keeps its own problem types. */
  errors: {
    /** Moving a node under itself or one of its descendants. */
    cycle(): Error;
    /** A sibling already has this name. */
    nameTaken(name: string): Error;
    /** Deleting a node that still has children. */
    hasChildren(children: number): Error;
  };
}

/** Fields a caller may set on create or update; the tree owns parentId, path and deletedAt. */
export type TreeNodeValues<N extends TreeNode> = Partial<Omit<N, 'id' | 'parentId' | 'path' | 'deletedAt'>>;

/**
 * The tree service: the rules every materialised-path hierarchy shares, run inside the caller's
 * transaction so the caller can add its own checks and writes around them. Structural changes of
 * one tree are serialised by an advisory lock: two concurrent moves could otherwise each pass the
 * cycle check and build a loop, and a child created during a move could keep its old path.
 */
export class MaterializedPathTree<N extends TreeNode> {
  constructor(
    private readonly definition: TreeDefinition<N>,
    private readonly clock: Clock,
  ) {}

  /** Adds a node under `parentId` (null or omitted → top level). */
  async create(tx: EntityManager, parentId: string | null | undefined, values: TreeNodeValues<N> & { name: string }): Promise<N> {
    await this.lock(tx);
    const parent = parentId ? await this.findOrFail(tx, parentId, 'parentId') : null;
    await this.assertNameFree(tx, parent?.id ?? null, values.name);
    // The path ends with the node's own id, so the id is chosen here rather than by the database.
    const id = randomUUID();
    const path = materializedPath.childPath(parent?.path, id);
    const node = tx.create(this.definition.entity, { sortOrder: 0, ...definedOnly(values), id, parentId: parent?.id ?? null, path } as unknown as N);
    return tx.save(node);
  }

  /** Renames, reorders or sets the caller's own columns, in one save; a new name must be free among siblings. */
  async update(tx: EntityManager, id: string, values: TreeNodeValues<N>): Promise<N> {
    await this.lock(tx);
    const node = await this.findOrFail(tx, id);
    if (values.name !== undefined && values.name !== node.name) await this.assertNameFree(tx, node.parentId, values.name);
    Object.assign(node, definedOnly(values));
    return tx.save(node);
  }

  /**
   * Moves a node with its whole subtree under `parentId` (null → top level): every descendant's
   * path is rewritten by one statement.
   */
  async move(tx: EntityManager, id: string, parentId: string | null, values: TreeNodeValues<N> = {}): Promise<N> {
    await this.lock(tx);
    const node = await this.findOrFail(tx, id);
    const parent = parentId ? await this.findOrFail(tx, parentId, 'parentId') : null;
    if (parent && materializedPath.isWithin(parent.path, node.path)) throw this.definition.errors.cycle();
    if ((parent?.id ?? null) !== node.parentId) await this.assertNameFree(tx, parent?.id ?? null, node.name);
    const before = { parentId: node.parentId, path: node.path };
    const newPath = materializedPath.childPath(parent?.path, node.id);
    await tx.query(
      `UPDATE ${this.definition.table} SET path = $2 || substr(path, length($1) + 1), updated_at = $3 WHERE path LIKE $1 || '%'`,
      [node.path, newPath, this.clock.now()],
    );
    node.parentId = parent?.id ?? null;
    node.path = newPath;
    Object.assign(node, definedOnly(values));
    const saved = await tx.save(node);
    await writeAudit(tx, { action: 'MOVE', entityType: this.entityName(tx), entityId: id, before, after: { parentId: node.parentId, path: newPath } });
    return saved;
  }

  /**
   * Puts the children of `parentId` (null → the top level) in the order given: sort orders become
   * 0, 1, 2… in one statement. `orderedIds` must name every child exactly once.
   */
  async reorder(tx: EntityManager, parentId: string | null, orderedIds: string[], field = 'ids'): Promise<void> {
    await this.lock(tx);
    if (parentId) await this.findOrFail(tx, parentId, 'parentId');
    const children: Array<{ id: string }> = await tx.query(
      `SELECT id FROM ${this.definition.table} WHERE parent_id IS NOT DISTINCT FROM $1 AND deleted_at IS NULL`,
      [parentId],
    );
    const current = new Set(children.map((c) => c.id));
    const given = new Set(orderedIds);
    if (given.size !== orderedIds.length || given.size !== current.size || orderedIds.some((id) => !current.has(id))) {
      throw new RequestValidationError([{ field, message: `must list each child of the parent exactly once (${current.size})`, code: 'siblings' }]);
    }
    await tx.query(
      `UPDATE ${this.definition.table} t SET sort_order = o.position - 1, updated_at = $2, version = t.version + 1
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE t.id = o.id`,
      [orderedIds, this.clock.now()],
    );
    await writeAudit(tx, { action: 'REORDER', entityType: this.entityName(tx), entityId: parentId, after: { order: orderedIds } });
  }

  /**
   * Soft-deletes a leaf. `assertUnused` is the caller's rule for records filed under the node
   * (members, customers, products): it throws the domain's error when the node is in use.
   */
  async remove(tx: EntityManager, id: string, assertUnused?: (tx: EntityManager, node: N) => Promise<void>): Promise<void> {
    await this.lock(tx);
    const node = await this.findOrFail(tx, id);
    if (assertUnused) await assertUnused(tx, node);
    const children = await tx.count(this.definition.entity, { where: { parentId: id, deletedAt: IsNull() } as FindOptionsWhere<N> });
    if (children) throw this.definition.errors.hasChildren(children);
    node.deletedAt = this.clock.now();
    await tx.save(node);
  }

  /**
   * A live node, locked for the rest of the transaction; 404, or with `field` a 400 naming that
   * field (the node was given as a reference, e.g. `parentId`).
   */
  async findOrFail(tx: EntityManager, id: string, field?: string): Promise<N> {
    const node = await tx.findOne(this.definition.entity, {
      where: { id, deletedAt: IsNull() } as FindOptionsWhere<N>,
      lock: { mode: 'pessimistic_write' },
    });
    if (node) return node;
    if (field) throw new RequestValidationError([{ field, message: `no such ${this.definition.label.toLowerCase()}`, code: 'exists' }]);
    throw notFound(this.definition.label, id);
  }

  private async assertNameFree(tx: EntityManager, parentId: string | null, name: string): Promise<void> {
    const where = { parentId: parentId ?? IsNull(), name, deletedAt: IsNull() } as FindOptionsWhere<N>;
    if (await tx.exists(this.definition.entity, { where })) throw this.definition.errors.nameTaken(name);
  }

  private lock(tx: EntityManager): Promise<unknown> {
    return tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`kehu-tree:${this.definition.table}`]);
  }

  private entityName(tx: EntityManager): string {
    return tx.connection.getMetadata(this.definition.entity).name;
  }
}

/** The values a caller set: an omitted optional DTO field (undefined) leaves the column alone. */
function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
