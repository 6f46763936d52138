import { DataScope } from '../access/data-scope';

/** A signed-in user of the harness's world. */
export interface ScopeActor {
  id: string;
  token: string;
  departmentId: string;
}

/**
 * How the harness makes departments and users (the permissions module's testing kit provides one
 * over the real API: `scopeWorld` in @kehu/server-permissions/testing).
 */
export interface ScopeWorld {
  createDepartment(name: string, parentId?: string): Promise<string>;
  /** A user whose only role grants `permissions` with `dataScope`. */
  createUser(spec: { username: string; departmentId: string; dataScope: DataScope; permissions: string[] }): Promise<ScopeActor>;
}

/**
 * One resource under test: how to make a record of an owner and how each of its read endpoints
 * answers a viewer. Every endpoint the resource has is given; the harness checks each the same way.
 */
export interface ScopedResource {
  /** What a viewer needs to read the resource at all (every viewer gets it: only the scope differs). */
  permissions: string[];
  /** Makes a record owned by `owner` (in the owner's department) and answers its id. */
  create(owner: ScopeActor): Promise<string>;
  /** The ids of the viewer's list (narrowed as needed so the record fits on one page). */
  list?(viewer: ScopeActor, id: string): Promise<string[]>;
  /** The HTTP status and body of reading the record by id. */
  get?(viewer: ScopeActor, id: string): Promise<{ status: number; body: unknown }>;
  /** The same read of an id that never existed: outside scope must answer exactly like it. */
  getMissing?(viewer: ScopeActor): Promise<{ status: number; body: unknown }>;
  /** How many of the owner's records the viewer is told of (a count, total or aggregate that covers the record). */
  count?(viewer: ScopeActor, id: string): Promise<number>;
  /** The ids of the viewer's export. */
  export?(viewer: ScopeActor, id: string): Promise<string[]>;
  /** Puts `member` on the record's team (resources with teams). */
  joinTeam?(owner: ScopeActor, id: string, member: ScopeActor): Promise<void>;
  /** Everyone holding `permissions` sees every record (the public pool): the harness checks that instead. */
  visibleToEveryone?: boolean;
}

/** Who views, and whether the data scope lets them see a record owned by someone in the owner's department. */
interface Viewer {
  role: string;
  actor: ScopeActor;
  sees: boolean;
}

let worlds = 0;

/**
 * The data-scope rule proved over HTTP for one resource (DOMAIN §1): an owner in department
 * 销售一部 (child of 销售中心) creates a record; then, for SELF / DEPARTMENT / DEPARTMENT_AND_CHILDREN /
 * ALL viewers placed inside and outside that subtree and a team member, every endpoint given — list,
 * get, count, export — shows the record exactly to those the rule lets see it, and a get outside scope
 * answers exactly like a get of an id that never existed (no existence oracle).
 *
 * Call inside a `describe` after the app is up: `it` blocks are declared here, the world is built
 * lazily by the first of them.
 */
export function describeScopeHarness(name: string, setup: () => { world: ScopeWorld; resource: ScopedResource }): void {
  describe(`data scope of ${name}`, () => {
    let built: { viewers: Viewer[]; owner: ScopeActor; recordId: string; resource: ScopedResource } | undefined;

    async function build() {
      if (built) return built;
      const { world, resource } = setup();
      const n = ++worlds;
      const user = (suffix: string, departmentId: string, dataScope: DataScope) =>
        world.createUser({ username: `scope${n}_${suffix}`, departmentId, dataScope, permissions: resource.permissions });
      const centre = await world.createDepartment(`范围中心${n}`);
      const team = await world.createDepartment(`范围一部${n}`, centre);
      const elsewhere = await world.createDepartment(`范围外部${n}`);
      const owner = await user('owner', team, DataScope.Self);
      const recordId = await resource.create(owner);
      const everyone = !!resource.visibleToEveryone;
      const viewers: Viewer[] = [
        { role: 'the owner (SELF)', actor: owner, sees: true },
        { role: 'SELF in the same department', actor: await user('self', team, DataScope.Self), sees: everyone },
        { role: 'DEPARTMENT of the same department', actor: await user('dept', team, DataScope.Department), sees: true },
        { role: 'DEPARTMENT of the parent department', actor: await user('parent', centre, DataScope.Department), sees: everyone },
        { role: 'DEPARTMENT_AND_CHILDREN of the parent', actor: await user('subtree', centre, DataScope.DepartmentAndChildren), sees: true },
        { role: 'DEPARTMENT_AND_CHILDREN elsewhere', actor: await user('other', elsewhere, DataScope.DepartmentAndChildren), sees: everyone },
        { role: 'ALL elsewhere', actor: await user('all', elsewhere, DataScope.All), sees: true },
      ];
      if (resource.joinTeam) {
        const member = await user('member', elsewhere, DataScope.Self);
        const outsider = await user('outsider', elsewhere, DataScope.Self);
        await resource.joinTeam(owner, recordId, member);
        viewers.push({ role: 'a team member (SELF elsewhere)', actor: member, sees: true });
        viewers.push({ role: 'SELF elsewhere, not on the team', actor: outsider, sees: everyone });
      }
      return (built = { viewers, owner, recordId, resource });
    }

    const each = (what: string, check: (b: NonNullable<typeof built>, v: Viewer) => Promise<void>) =>
      it(what, async () => {
        const b = await build();
        for (const v of b.viewers) {
          try {
            await check(b, v);
          } catch (error) {
            throw new Error(`${name}, ${v.role} (should ${v.sees ? '' : 'not '}see it): ${(error as Error).message}`);
          }
        }
      });

    it('is declared with at least one read endpoint', () => {
      const { resource } = setup();
      expect([resource.list, resource.get, resource.count, resource.export].some(Boolean)).toBe(true);
    });
    each('lists show the record exactly to those in scope', async ({ resource, recordId }, v) => {
      if (resource.list) expect((await resource.list(v.actor, recordId)).includes(recordId)).toBe(v.sees);
    });
    each('get answers it in scope, and outside scope exactly like a missing record', async ({ resource, recordId }, v) => {
      if (!resource.get) return;
      const found = await resource.get(v.actor, recordId);
      if (v.sees) {
        expect(found.status).toBe(200);
      } else {
        expect(found.status).toBe(404);
        if (resource.getMissing) {
          const missing = await resource.getMissing(v.actor);
          expect(missing.status).toBe(404);
          expect(withoutIds(found.body)).toEqual(withoutIds(missing.body));
        }
      }
    });
    each('counts include the record exactly for those in scope', async ({ resource, recordId }, v) => {
      if (resource.count) expect(await resource.count(v.actor, recordId)).toBe(v.sees ? 1 : 0);
    });
    each('exports contain the record exactly for those in scope', async ({ resource, recordId }, v) => {
      if (resource.export) expect((await resource.export(v.actor, recordId)).includes(recordId)).toBe(v.sees);
    });
  });
}

/** A problem body without what differs between any two requests (request id) and with the requested ids blanked. */
function withoutIds(body: unknown): unknown {
  const { requestId: _requestId, ...rest } = (body ?? {}) as Record<string, unknown>;
  return JSON.parse(JSON.stringify(rest).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>'));
}
