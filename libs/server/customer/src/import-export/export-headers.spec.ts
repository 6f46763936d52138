import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CustomerStatus } from '../lifecycle/customer-status';
import { CONTACT_KEYS, CUSTOMER_COLUMNS, columnForHeader } from './customer-columns';
import { STATUS_LABELS } from './customer-export.service';

const glossary = readFileSync(join(__dirname, '../../../../../docs/glossary.md'), 'utf8');

/** The markdown tables under `heading`, each as its rows (cells trimmed, header and separator left out). */
function tables(heading: string): string[][][] {
  const section = glossary.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`docs/glossary.md has no section "${heading}"`);
  const blocks = section.split(/\n\n/).filter((block) => block.trim().startsWith('|'));
  return blocks.map((block) =>
    block
      .trim()
      .split('\n')
      .slice(2)
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      ),
  );
}

describe('export headers follow docs/glossary.md (issue 19, item 6)', () => {
  const [fields, contacts] = tables('Customer fields');

  it('heads every customer column with the glossary word for its field', () => {
    const byField = new Map(fields.map(([field, zh]) => [field, zh]));
    for (const column of CUSTOMER_COLUMNS.filter((c) => !(CONTACT_KEYS as readonly string[]).includes(c.key))) {
      expect([column.key, column.zh]).toEqual([column.key, byField.get(column.key)]);
    }
  });

  it('heads the primary contact columns with the glossary export headers', () => {
    const contactHeader = new Map(contacts.map(([field, , header]) => [field, header]));
    const keys: Record<(typeof CONTACT_KEYS)[number], string> = { contactName: 'name', contactMobile: 'mobile', contactTitle: 'title', contactEmail: 'email' };
    for (const key of CONTACT_KEYS) {
      expect([key, CUSTOMER_COLUMNS.find((c) => c.key === key)?.zh]).toEqual([key, contactHeader.get(keys[key])]);
    }
  });

  it('writes the statuses as the glossary names them', () => {
    const statuses = new Map(tables('Customer status')[0].map(([api, zh]) => [api, zh]));
    for (const status of Object.values(CustomerStatus)) expect([status, STATUS_LABELS[status]]).toEqual([status, statuses.get(status)]);
  });

  it('still imports files headed with the words used before the glossary', () => {
    expect(columnForHeader('客户名称')?.key).toBe('name');
    expect(columnForHeader('法人代表')?.key).toBe('legalRepresentative');
    expect(columnForHeader('注册资金')?.key).toBe('registeredCapital');
    expect(columnForHeader('外部编号')?.key).toBe('externalId');
    expect(columnForHeader('ERP编号')?.key).toBe('externalId');
  });
});
