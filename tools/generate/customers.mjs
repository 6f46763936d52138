#!/usr/bin/env node
// Deterministic generator of realistic customers (Chinese and Latin company names, phones,
// primary contacts) written straight into PostgreSQL in big multi-row INSERT … SELECT unnest
// batches, for benchmarks and demos. Search keys are derived exactly as the customer lib does
// (libs/server/customer/src/company-name.ts; tools may not import libs, so the rules are repeated).
//
//   DATABASE_URL=postgres://… node tools/generate/customers.mjs --count 1000000 [--seed 42]
//
// Owners are the active users with a customer role (or pass owners to generateCustomers()).
// With `dropIndexes` (the benchmark's throwaway database) the non-unique indexes of customer and
// contact are dropped for the load and rebuilt afterwards, which is several times faster.
import pg from 'pg';

// ---------- seeded PRNG (mulberry32) ----------
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[Math.floor(next() * list.length)];
  return next;
}

// ---------- vocabulary ----------
const CITIES = (
  '北京 上海 天津 重庆 南京 苏州 无锡 常州 镇江 扬州 泰州 南通 盐城 淮安 宿迁 连云港 徐州 靖江 江阴 昆山 张家港 常熟 太仓 宜兴 溧阳 丹阳 ' +
  '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 慈溪 余姚 诸暨 合肥 芜湖 蚌埠 安庆 福州 厦门 泉州 漳州 莆田 南昌 九江 赣州 ' +
  '济南 青岛 烟台 潍坊 淄博 威海 临沂 济宁 郑州 洛阳 开封 新乡 武汉 宜昌 襄阳 长沙 株洲 湘潭 广州 深圳 佛山 东莞 中山 珠海 惠州 汕头 江门 ' +
  '南宁 柳州 桂林 海口 三亚 成都 绵阳 德阳 贵阳 遵义 昆明 西安 宝鸡 兰州 西宁 银川 乌鲁木齐 石家庄 唐山 保定 廊坊 太原 大同 沈阳 大连 鞍山 长春 吉林 哈尔滨 大庆'
).split(' ');
const CITY_SUFFIX = ['市', '市', '市', ''];
const TRADE_CHARS = (
  '春意华盛宏达鑫隆恒泰瑞丰永安嘉信德润金源天成汇通中联新兴博远海宁利民伟业顺发正大光明东方长城龙腾凯旋明珠百川万象' +
  '富强荣昌振华兴旺广益聚鑫同创卓越精工科创智远开元鼎盛祥和宝丰盈通亿达美佳诚信国泰安泰通达远航星辰蓝天绿源阳光'
).split('');
const INDUSTRY_WORDS = [
  ['空调', 'hvac'], ['制冷设备', 'hvac'], ['暖通工程', 'hvac'], ['机械', 'machinery'], ['机电设备', 'machinery'], ['重工', 'machinery'],
  ['电子', 'electronics'], ['电气', 'electronics'], ['光电科技', 'electronics'], ['汽车零部件', 'automotive'], ['汽配', 'automotive'],
  ['化工', 'chemicals'], ['新材料', 'chemicals'], ['医药', 'pharma'], ['生物科技', 'pharma'], ['医疗器械', 'medical'], ['食品', 'food'],
  ['饮料', 'food'], ['纺织', 'textile'], ['服饰', 'textile'], ['建设工程', 'construction'], ['建材', 'construction'], ['置业', 'real_estate'],
  ['能源', 'energy'], ['电力设备', 'energy'], ['信息技术', 'it'], ['软件', 'it'], ['网络科技', 'it'], ['通信', 'telecom'], ['贸易', 'retail'],
  ['商贸', 'retail'], ['物流', 'logistics'], ['供应链', 'logistics'], ['教育科技', 'education'], ['农业', 'agriculture'], ['咨询', 'services'],
];
const LEGAL_FORMS_ZH = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];
const LATIN_A = ['Acme', 'Blue', 'Golden', 'Pacific', 'Orient', 'Summit', 'Silver', 'Global', 'Northern', 'Eastern', 'Pioneer', 'Apex', 'Harbor', 'Nova', 'Prime', 'Royal', 'Vertex', 'Zenith', 'Sino', 'Grand'];
const LATIN_B = ['Star', 'River', 'Bridge', 'Peak', 'Ocean', 'Crest', 'Field', 'Stone', 'Wave', 'Gate', 'Point', 'Link', 'Way', 'Tech', 'Line', 'Source', 'Rock', 'Sun', 'Leaf', 'Port'];
const LATIN_TRADE = [['Trading', 'retail'], ['Industries', 'manufacturing'], ['Electronics', 'electronics'], ['Machinery', 'machinery'], ['Logistics', 'logistics'], ['Software', 'it'], ['Chemicals', 'chemicals'], ['Foods', 'food'], ['Medical', 'medical'], ['Energy', 'energy']];
const LATIN_FORMS = ['Co., Ltd.', 'Ltd.', 'Limited', 'Inc.', 'Corporation', 'GmbH', 'LLC'];
const REGIONS = ['jiangsu', 'jiangsu', 'jiangsu', 'zhejiang', 'zhejiang', 'shanghai', 'guangdong', 'shandong', 'beijing', 'anhui', 'fujian', 'hubei', 'sichuan', 'henan', 'hunan', 'liaoning'];
const LEVELS = ['normal', 'normal', 'normal', 'key_prospect', 'major', 'partner', 'strategic_partner'];
const GRADES = ['A', 'B', 'B', 'C', 'C', 'C', 'D', 'E'];
const SOURCES = ['web_form', 'phone', 'exhibition', 'referral', 'import', 'campaign', 'cold_call', 'partner'];
const STATUSES = ['POTENTIAL', 'POTENTIAL', 'POTENTIAL', 'INTENT', 'FORMAL', 'FORMAL', 'POOL'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红文斌春梅海鹏飞宇浩然晨阳雪琳丹凯'.split('');
const TITLES = ['总经理', '采购经理', '采购主管', '技术总监', '设备部经理', '财务经理', '副总经理', '工程师', '办公室主任'];

// ---------- the customer lib's normalisation, repeated ----------
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '分公司', '集团', '公司', '厂', 'co.,ltd.', 'co., ltd.', 'co.,ltd', 'co. ltd', 'company limited', 'limited', 'ltd.', 'ltd', 'inc.', 'inc', 'corp.', 'corporation', 'gmbh', 'llc'];
const compact = (v) => v.replace(/[^\p{L}\p{N}]+/gu, '');
const basic = (v) => v.normalize('NFKC').toLowerCase().trim();
const FORMS = [...new Set(LEGAL_FORMS.map((f) => compact(basic(f))).filter(Boolean))].sort((a, b) => b.length - a.length);
export function normalizeCompanyName(name) {
  let key = compact(basic(name));
  if (FORMS.includes(key)) return key;
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of FORMS) {
      if (key.length > form.length && key.endsWith(form)) {
        key = key.slice(0, -form.length);
        changed = true;
        break;
      }
    }
  }
  return key;
}
export const normalizePhone = (phone) => {
  let d = basic(phone).replace(/\D+/g, '');
  if (d.startsWith('0086')) d = d.slice(4);
  else if (d.startsWith('86') && d.length === 13) d = d.slice(2);
  return d.length >= 5 ? d : null;
};
export function bigrams(...texts) {
  const out = new Set();
  for (const t of texts) {
    if (!t) continue;
    const c = [...t];
    for (let i = 0; i + 1 < c.length; i++) out.add(c[i] + c[i + 1]);
  }
  return [...out];
}

/** One company: full name, short name and industry code. */
export function company(r) {
  if (r() < 0.1) {
    const [trade, industry] = r.pick(LATIN_TRADE);
    const brand = `${r.pick(LATIN_A)}${r() < 0.5 ? ' ' : ''}${r.pick(LATIN_B)}`;
    return { name: `${brand} ${trade} ${r.pick(LATIN_FORMS)}`, shortName: brand, industry };
  }
  const city = r.pick(CITIES);
  const trade = r.pick(TRADE_CHARS) + r.pick(TRADE_CHARS) + (r() < 0.15 ? r.pick(TRADE_CHARS) : '');
  const [word, industry] = r.pick(INDUSTRY_WORDS);
  return { name: `${city}${r.pick(CITY_SUFFIX)}${trade}${word}${r.pick(LEGAL_FORMS_ZH)}`, shortName: `${trade}${word}`, industry };
}

export const personName = (r) => r.pick(SURNAMES) + r.pick(GIVEN) + (r() < 0.6 ? r.pick(GIVEN) : '');

/** A permutation of 0..n-1 spread over the number space, so consecutive rows do not get consecutive phones. */
const scramble = (i, mod) => (i * 2654435761) % mod;

const COLUMNS = [
  ['id', 'uuid'], ['code', 'text'], ['name', 'text'], ['short_name', 'text'], ['normalized_name', 'text'], ['search_text', 'text'], ['bigrams', 'text'],
  ['grade', 'text'], ['level', 'text'], ['industry', 'text'], ['region', 'text'], ['address', 'text'], ['phone', 'text'], ['normalized_phone', 'text'],
  ['source', 'text'], ['credit_rating', 'smallint'], ['description', 'text'], ['owner_id', 'uuid'], ['department_id', 'uuid'], ['status', 'text'],
  ['created_at', 'timestamptz'], ['last_contact_at', 'timestamptz'], ['next_contact_at', 'timestamptz'],
];

/**
 * Writes `count` customers (and a primary contact each) spread over `owners` ([{ id, departmentId }]).
 * Deterministic for a given seed. Returns { customers, contacts, seconds }.
 */
export async function generateCustomers(client, { count, owners, seed = 42, batchSize = 20000, dropIndexes = false, log = () => {} }) {
  if (!owners?.length) throw new Error('generateCustomers needs at least one owner');
  const started = performance.now();
  const r = rng(seed);
  const seen = new Set((await client.query(`SELECT normalized_name FROM customer WHERE deleted_at IS NULL`)).rows.map((x) => x.normalized_name));
  let dropped = [];
  if (dropIndexes) {
    const { rows } = await client.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('customer', 'contact')
          AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
    );
    dropped = rows;
    for (const ix of rows) await client.query(`DROP INDEX ${ix.indexname}`);
  }
  const now = Date.now();
  const day = 86_400_000;
  let written = 0;
  for (let start = 0; start < count; start += batchSize) {
    const n = Math.min(batchSize, count - start);
    const cols = Object.fromEntries(COLUMNS.map(([c]) => [c, new Array(n)]));
    const contact = { name: new Array(n), title: new Array(n), mobile: new Array(n), normalized: new Array(n) };
    for (let j = 0; j < n; j++) {
      const i = start + j;
      let c;
      let key;
      do {
        c = company(r);
        key = normalizeCompanyName(c.name);
      } while (seen.has(key));
      seen.add(key);
      const owner = r() < 0.05 ? null : owners[r.int(owners.length)];
      const phone = `0${510 + (i % 90)}-${80_000_000 + scramble(i, 10_000_000)}`;
      const code = `KHG${String(i + 1).padStart(8, '0')}`;
      const normalizedPhone = normalizePhone(phone);
      const short = normalizeCompanyName(c.shortName) ? compact(basic(c.shortName)) : '';
      const createdAt = new Date(now - r.int(730) * day - r.int(day));
      const id = crypto.randomUUID();
      cols.id[j] = id;
      cols.code[j] = code;
      cols.name[j] = c.name;
      cols.short_name[j] = c.shortName;
      cols.normalized_name[j] = key;
      cols.search_text[j] = [key, short, code.toLowerCase(), normalizedPhone].filter(Boolean).join(' ');
      cols.bigrams[j] = bigrams(key, short).join('\u001f');
      cols.grade[j] = r.pick(GRADES);
      cols.level[j] = r.pick(LEVELS);
      cols.industry[j] = c.industry;
      cols.region[j] = r.pick(REGIONS);
      cols.address[j] = `${c.name.slice(0, 3)}${r.pick(TRADE_CHARS)}${r.pick(['路', '街', '大道'])} ${1 + r.int(999)} 号`;
      cols.phone[j] = phone;
      cols.normalized_phone[j] = normalizedPhone;
      cols.source[j] = r.pick(SOURCES);
      cols.credit_rating[j] = 1 + r.int(5);
      cols.description[j] = `${c.shortName}，主营${c.industry}，年采购额约 ${1 + r.int(500)} 万元`;
      cols.owner_id[j] = owner?.id ?? null;
      cols.department_id[j] = owner?.departmentId ?? null;
      cols.status[j] = owner ? r.pick(STATUSES) : 'POOL';
      cols.created_at[j] = createdAt.toISOString();
      cols.last_contact_at[j] = r() < 0.7 ? new Date(createdAt.getTime() + r.int(300) * day).toISOString() : null;
      cols.next_contact_at[j] = r() < 0.3 ? new Date(now + (r.int(60) - 20) * day).toISOString() : null;
      contact.name[j] = personName(r);
      contact.title[j] = r.pick(TITLES);
      contact.mobile[j] = `1${r.pick(['3', '5', '7', '8'])}${String(scramble(i, 1_000_000_000)).padStart(9, '0')}`;
      contact.normalized[j] = contact.mobile[j];
    }
    const names = COLUMNS.map(([c]) => c);
    const select = names.map((c) => (c === 'bigrams' ? `string_to_array(v.bigrams, E'\\x1f')` : `v.${c}`)).join(', ');
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO customer (${names.map((c) => (c === 'bigrams' ? 'name_bigrams' : c)).join(', ')}, updated_at)
       SELECT ${select}, v.created_at FROM unnest(${COLUMNS.map(([, type], k) => `$${k + 1}::${type}[]`).join(', ')}) AS v(${names.join(', ')})`,
      names.map((c) => cols[c]),
    );
    await client.query(
      `INSERT INTO contact (customer_id, name, title, mobile, normalized_mobile, is_primary)
       SELECT * , true FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [cols.id, contact.name, contact.title, contact.mobile, contact.normalized],
    );
    await client.query('COMMIT');
    written += n;
    log(`  generated ${written.toLocaleString()} / ${count.toLocaleString()} customers (${Math.round(written / ((performance.now() - started) / 1000))}/s)`);
  }
  if (dropped.length) {
    log(`  rebuilding ${dropped.length} indexes…`);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const ix of dropped) await client.query(ix.indexdef);
  }
  await client.query('ANALYZE customer');
  await client.query('ANALYZE contact');
  return { customers: written, contacts: written, seconds: +((performance.now() - started) / 1000).toFixed(1) };
}

// CLI
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT DISTINCT u.id, u.department_id FROM app_user u JOIN user_role ur ON ur.user_id = u.id JOIN role r ON r.id = ur.role_id
        WHERE r.code IN ('sales_rep', 'sales_manager') AND u.deleted_at IS NULL AND NOT u.disabled`,
    );
    const owners = rows.length ? rows.map((x) => ({ id: x.id, departmentId: x.department_id })) : (await client.query(`SELECT id, department_id FROM app_user WHERE username = 'admin'`)).rows.map((x) => ({ id: x.id, departmentId: x.department_id }));
    const result = await generateCustomers(client, { count: Number(arg('count', 10000)), seed: Number(arg('seed', 42)), owners, dropIndexes: process.argv.includes('--drop-indexes'), log: console.log });
    console.log(result);
  } finally {
    await client.end();
  }
}
