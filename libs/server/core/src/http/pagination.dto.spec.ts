import { parseSort, toPage } from './pagination.dto';
import { RequestValidationError } from './validation-error';

describe('parseSort', () => {
  const allowed = {
    createdAt: { column: 'c.created_at', indexOrder: 'DESC NULLS LAST' as const },
    name: { column: 'c.name', indexOrder: 'ASC NULLS LAST' as const },
    lastContactAt: 'c.last_contact_at',
  };

  it('puts nulls where the column index has them in either direction, the id tie-breaker with it', () => {
    expect(parseSort('-createdAt', allowed, '-createdAt', 'c.id')).toEqual([
      { column: 'c.created_at', direction: 'DESC', nulls: 'NULLS LAST' },
      { column: 'c.id', direction: 'DESC', nulls: 'NULLS LAST' },
    ]);
    // Ascending walks the same index backwards: nulls first (the column has none).
    expect(parseSort('createdAt', allowed, '-createdAt', 'c.id')).toEqual([
      { column: 'c.created_at', direction: 'ASC', nulls: 'NULLS FIRST' },
      { column: 'c.id', direction: 'ASC', nulls: 'NULLS FIRST' },
    ]);
    expect(parseSort('-name', allowed, '-createdAt', 'c.id')[0]).toEqual({ column: 'c.name', direction: 'DESC', nulls: 'NULLS FIRST' });
    expect(parseSort('name', allowed, '-createdAt', 'c.id')[0]).toEqual({ column: 'c.name', direction: 'ASC', nulls: 'NULLS LAST' });
  });

  it('breaks ties of a column sorted alone along its index, forwards or backwards, the id last in the same order', () => {
    const withStatus = {
      ...allowed,
      status: {
        column: 'c.status',
        indexOrder: 'ASC NULLS LAST' as const,
        thenBy: [{ column: 'c.created_at', indexOrder: 'DESC NULLS LAST' as const }],
      },
    };
    expect(parseSort('status', withStatus, '-createdAt', 'c.id')).toEqual([
      { column: 'c.status', direction: 'ASC', nulls: 'NULLS LAST' },
      { column: 'c.created_at', direction: 'DESC', nulls: 'NULLS LAST' },
      { column: 'c.id', direction: 'DESC', nulls: 'NULLS LAST' },
    ]);
    expect(parseSort('-status', withStatus, '-createdAt', 'c.id')).toEqual([
      { column: 'c.status', direction: 'DESC', nulls: 'NULLS FIRST' },
      { column: 'c.created_at', direction: 'ASC', nulls: 'NULLS FIRST' },
      { column: 'c.id', direction: 'ASC', nulls: 'NULLS FIRST' },
    ]);
    // With a second sort field that field breaks the ties, not the index.
    expect(parseSort('status,name', withStatus, '-createdAt', 'c.id')).toEqual([
      { column: 'c.status', direction: 'ASC', nulls: 'NULLS LAST' },
      { column: 'c.name', direction: 'ASC', nulls: 'NULLS LAST' },
      { column: 'c.id', direction: 'ASC', nulls: 'NULLS LAST' },
    ]);
  });

  it('reads a bare DESC or ASC index key as PostgreSQL builds it (DESC: nulls first), so both directions walk the index', () => {
    const byDefaultIndex = { createdAt: { column: 'c.created_at', indexOrder: 'DESC' as const }, number: { column: 'c.number', indexOrder: 'ASC' as const } };
    expect(parseSort('-createdAt', byDefaultIndex, '-createdAt', 'c.id')).toEqual([
      { column: 'c.created_at', direction: 'DESC', nulls: 'NULLS FIRST' },
      { column: 'c.id', direction: 'DESC', nulls: 'NULLS FIRST' },
    ]);
    expect(parseSort('createdAt', byDefaultIndex, '-createdAt', 'c.id')[0]).toEqual({ column: 'c.created_at', direction: 'ASC', nulls: 'NULLS LAST' });
    expect(parseSort('number', byDefaultIndex, '-createdAt', 'c.id')[0]).toEqual({ column: 'c.number', direction: 'ASC', nulls: 'NULLS LAST' });
    expect(parseSort('-number', byDefaultIndex, '-createdAt', 'c.id')[0]).toEqual({ column: 'c.number', direction: 'DESC', nulls: 'NULLS FIRST' });
  });

  it('keeps nulls last both ways for a column that may be null, and uses the fallback', () => {
    expect(parseSort('lastContactAt', allowed, '-createdAt', 'c.id')[0].nulls).toBe('NULLS LAST');
    expect(parseSort('-lastContactAt', allowed, '-createdAt', 'c.id')[0].nulls).toBe('NULLS LAST');
    expect(parseSort(undefined, allowed, '-createdAt', 'c.id')[0]).toMatchObject({ column: 'c.created_at', direction: 'DESC' });
  });

  it('refuses a column the list does not allow, naming the field', () => {
    expect(() => parseSort('password', allowed, '-createdAt', 'c.id')).toThrow(RequestValidationError);
  });

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__'])(
    'takes %s for an unknown field, not a member of Object.prototype',
    (name) => {
      for (const sort of [name, `-${name}`]) {
        try {
          parseSort(sort, allowed, '-createdAt', 'c.id');
          throw new Error(`sort=${sort} was accepted`);
        } catch (error) {
          expect(error).toBeInstanceOf(RequestValidationError);
          expect((error as RequestValidationError).errors.map((e) => e.field)).toEqual(['sort']);
        }
      }
    },
  );
});

describe('toPage', () => {
  it('reports a count stopped at the cap as a lower bound', () => {
    const query = { page: 1, pageSize: 20 };
    expect(toPage([], 1001, query, { cap: 1000 })).toMatchObject({ total: 1000, totalCapped: true });
    expect(toPage([], 12, query, { cap: 1000 })).toMatchObject({ total: 12, totalCapped: false });
    expect(toPage([], 12, query)).toEqual({ items: [], total: 12, page: 1, pageSize: 20 });
  });
});
