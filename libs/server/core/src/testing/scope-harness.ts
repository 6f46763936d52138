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

/** The departments and viewers of one world, shared by every resource proved in it (users cost two password hashes each). */
interface Cast {
  team: string;
  viewers: Array<{ role: string; actor: ScopeActor; inScope: boolean; teamSeat?: boolean; outsider?: boolean }>;
  member: ScopeActor;
  n: number;
}
const casts = new WeakMap<ScopeWorld, Promise<Cast>>();
/** The first check of a resource builds its world: a dozen users, two password hashes each. */
const BUILD_TIMEOUT_MS = 180_000;
let worlds = 0;
let owners = 0;

function castOf(world: ScopeWorld, permissions: string[]): Promise<Cast> {
  let cast = casts.get(world);
  if (!cast) {
    cast = (async () => {
      const n = ++worlds;
      const user = (suffix: string, departmentId: string, dataScope: DataScope) =>
        world.createUser({ username: `scope${n}_${suffix}`, departmentId, dataScope, permissions });
      const centre = await world.createDepartment(`范围中心${n}`);
      const team = await world.createDepartment(`范围一部${n}`, centre);
      const elsewhere = await world.createDepartment(`范围外部${n}`);
      const member = await user('member', elsewhere, DataScope.Self);
      return {
        n,
        team,
        member,
        viewers: [
          { role: 'SELF in the same department', actor: await user('self', team, DataScope.Self), inScope: false },
          { role: 'DEPARTMENT of the same department', actor: await user('dept', team, DataScope.Department), inScope: true },
          { role: 'DEPARTMENT of the parent department', actor: await user('parent', centre, DataScope.Department), inScope: false },
          { role: 'DEPARTMENT_AND_CHILDREN of the parent', actor: await user('subtree', centre, DataScope.DepartmentAndChildren), inScope: true },
          { role: 'DEPARTMENT_AND_CHILDREN elsewhere', actor: await user('other', elsewhere, DataScope.DepartmentAndChildren), inScope: false },
          { role: 'ALL elsewhere', actor: await user('all', elsewhere, DataScope.All), inScope: true },
          { role: 'a team member (SELF elsewhere)', actor: member, inScope: false, teamSeat: true },
          { role: 'SELF elsewhere, not on the team', actor: await user('outsider', elsewhere, DataScope.Self), inScope: false, outsider: true },
        ],
      };
    })();
    casts.set(world, cast);
  }
  return cast;
}

/**
 * The data-scope rule proved over HTTP for one resource (DOMAIN §1): an owner in department
 * 范围一部 (child of 范围中心) creates a record; then, for SELF / DEPARTMENT / DEPARTMENT_AND_CHILDREN /
 * ALL viewers placed inside and outside that subtree and a team member, every endpoint given — list,
 * get, count, export — shows the record exactly to those the rule lets see it, and a get outside scope
 * answers exactly like a get of an id that never existed (no existence oracle).
 *
 * Call inside a `describe` after the app is up: `it` blocks are declared here, the world is built
 * lazily by the first of them. Every resource proved in one world shares its viewers (each has its own owner).
 */
export function describeScopeHarness(name: string, setup: () => { world: ScopeWorld; resource: ScopedResource }): void {
  describe(`data scope of ${name}`, () => {
    let built: Promise<{ viewers: Viewer[]; recordId: string; resource: ScopedResource }> | undefined;

    const build = () =>
      (built ??= (async () => {
        const { world, resource } = setup();
        const cast = await castOf(world, resource.permissions);
        const owner = await world.createUser({ username: `scope${cast.n}_owner${++owners}`, departmentId: cast.team, dataScope: DataScope.Self, permissions: resource.permissions });
        const recordId = await resource.create(owner);
        const everyone = !!resource.visibleToEveryone;
        if (resource.joinTeam) await resource.joinTeam(owner, recordId, cast.member);
        const viewers: Viewer[] = [
          { role: 'the owner (SELF)', actor: owner, sees: true },
          ...cast.viewers
            .filter((v) => !(v.teamSeat || v.outsider) || resource.joinTeam)
            .map((v) => ({ role: v.role, actor: v.actor, sees: everyone || v.inScope || !!v.teamSeat })),
        ];
        return { viewers, recordId, resource };
      })());

    const each = (what: string, check: (b: Awaited<ReturnType<typeof build>>, v: Viewer) => Promise<void>) =>
      it(what, async () => {
        const b = await build();
        for (const v of b.viewers) {
          try {
            await check(b, v);
          } catch (error) {
            throw new Error(`${name}, ${v.role} (should ${v.sees ? '' : 'not '}see it): ${(error as Error).message}`);
          }
        }
      }, BUILD_TIMEOUT_MS);

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
  const rest: Record<string, unknown> = { ...((body ?? {}) as Record<string, unknown>) };
  delete rest['requestId'];
  return JSON.parse(JSON.stringify(rest).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>'));
}
