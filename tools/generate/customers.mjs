#!/usr/bin/env node
// Deterministic generator of realistic customers (Chinese and Latin company names, phones,
// primary contacts) written straight into PostgreSQL in big multi-row INSERT … SELECT unnest
// batches, for benchmarks and demos. Search keys (pinyin keys with each word's reading only) are derived as the customer lib does
// (libs/server/customer/src/search/company-name.ts; tools may not import libs, so the rules are repeated).
//
//   DATABASE_URL=postgres://… node tools/generate/customers.mjs --count 1000000 [--seed 42]
//
// Owners are the active users with a customer role (or pass owners to generateCustomers()).
// With `dropIndexes` (the benchmark's throwaway database) the non-unique indexes of customer and
// contact are dropped for the load and rebuilt afterwards, which is several times faster.
import pg from 'pg';
import { pinyin } from 'pinyin-pro';

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
// Of owned customers; the ones without an owner are in the pool (a pool customer never has one).
const STATUSES = ['POTENTIAL', 'POTENTIAL', 'POTENTIAL', 'INTENT', 'FORMAL', 'FORMAL'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红文斌春梅海鹏飞宇浩然晨阳雪琳丹凯'.split('');
const TITLES = ['总经理', '采购经理', '采购主管', '技术总监', '设备部经理', '财务经理', '副总经理', '工程师', '办公室主任'];

// ---------- the customer lib's normalisation, repeated (companySearchName: the name without legal form) ----------
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

// ---------- pinyin keys (libs/server/customer/src/search/pinyin-keys.ts): the syllables of each vocabulary word ----------
// Each word is read in its own context (重庆 chongqing); the lib's extra readings of polyphonic characters are left out here.
// A name's keys (pg_temp.pinyin_keys below) are the full pinyin and initials from every syllable on.
const syllables = (words) => words.map((w) => (w ? pinyin(w, { toneType: 'none', type: 'array', v: true }).join(' ') : ''));

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

const LATIN_PLACES = ['Shanghai', 'Suzhou', 'Ningbo', 'Wuxi', 'Hangzhou', 'Xiamen', 'Dalian', 'Qingdao', 'Tianjin', 'Shenzhen', 'Guangzhou', 'Nanjing', 'Changzhou', 'Jiaxing', 'Wenzhou', 'Fuzhou', 'Jinan', 'Hefei', 'Wuhan', 'Chengdu', 'Kunshan', 'Foshan', 'Dongguan', 'Zhuhai', 'Yantai', 'Weifang', 'Nantong', 'Yangzhou', 'Taizhou', 'Shaoxing'];

/**
 * Writes `count` customers (and a primary contact each) spread over `owners` ([{ id, departmentId }]),
 * set-based inside PostgreSQL (`INSERT … SELECT FROM generate_series`, 100k rows a statement): the
 * same vocabulary and derived keys as company() and the customer lib (normalized name, search_text,
 * bigrams, normalized phone), names made unique by construction (a scrambled mixed-radix index),
 * pseudo-random choices from hashint8extended(i, seed + k). Deterministic for a given seed.
 * Returns { customers, contacts, seconds }.
 */
export async function generateCustomers(client, { count, owners, seed = 42, batchSize = 100_000, dropIndexes = false, log = () => undefined }) {
  if (!owners?.length) throw new Error('generateCustomers needs at least one owner');
  const started = performance.now();
  let dropped = [];
  if (dropIndexes) {
    const { rows } = await client.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('customer_profile', 'customer_state', 'customer_owned', 'contact')
          AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
    );
    dropped = rows;
    for (const ix of rows) await client.query(`DROP INDEX ${ix.indexname}`);
  }
  // r(i, k, n): the k-th pseudo-random integer in [0, n) of row i.
  await client.query(`CREATE OR REPLACE FUNCTION pg_temp.r(i bigint, k int, n int) RETURNS int LANGUAGE sql IMMUTABLE
                        AS $$ SELECT (abs(hashint8extended(i, ${Number(seed) * 1000} + k)) % n)::int $$`);
  const words = INDUSTRY_WORDS.map(([w]) => w);
  const wordIndustry = INDUSTRY_WORDS.map(([, c]) => c);
  const latinTrade = LATIN_TRADE.map(([w]) => w);
  const latinIndustry = LATIN_TRADE.map(([, c]) => c);
  // Chinese names: index → (city, trade char 1, trade char 2, industry word) by a scrambled mixed radix; 市 or not
  // is drawn apart, outside the radix: the duplicate key writes the city without it (扬州市X and 扬州X are one company).
  const radixZh = [CITIES.length, TRADE_CHARS.length, TRADE_CHARS.length, words.length];
  const spaceZh = radixZh.reduce((a, b) => a * b, 1);
  const radixEn = [LATIN_A.length, LATIN_B.length, LATIN_PLACES.length, latinTrade.length];
  const spaceEn = radixEn.reduce((a, b) => a * b, 1);
  const digit = (v, radix, k) => `((${v} / ${radix.slice(0, k).reduce((a, b) => a * b, 1)}) % ${radix[k]})`;
  const zh = `((g.i * 2654435761) % ${spaceZh})`;
  const en = `(((g.i / 10) * 2654435761) % ${spaceEn})`;
  const params = [
    CITIES, TRADE_CHARS, words, wordIndustry, LEGAL_FORMS_ZH, LATIN_A, LATIN_B, LATIN_PLACES, latinTrade, latinIndustry, LATIN_FORMS,
    REGIONS, LEVELS, GRADES, SOURCES, STATUSES, SURNAMES, GIVEN, TITLES, owners.map((o) => o.id), owners.map((o) => o.departmentId ?? null),
  ];
  const pinyinParams = [syllables(CITIES), syllables(TRADE_CHARS), syllables(words), syllables(SURNAMES), syllables(GIVEN)];
  // $1 cities … $21 owner departments; $22 first index, $23 last index (exclusive); $24 … $28 the pinyin syllables
  // (space-separated) of cities, trade characters, industry words, surnames and given names.
  // The keys of pinyin-keys.ts from a name's syllables: full pinyin and initials from every syllable on, three letters or more.
  await client.query(`CREATE OR REPLACE FUNCTION pg_temp.pinyin_keys(s text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
                        SELECT coalesce(string_agg(DISTINCT k, ' '), '') FROM generate_subscripts(s, 1) AS i,
                               LATERAL (VALUES (array_to_string(s[i:], '')), ((SELECT string_agg(left(x, 1), '') FROM unnest(s[i:]) AS x))) AS v(k)
                         WHERE length(k) >= 3 $$`);
  const sql = `
    WITH g AS (
      SELECT i, (i % 10 = 7) AS latin, now() - (pg_temp.r(i, 1, 730) * interval '1 day') - (pg_temp.r(i, 2, 86400) * interval '1 second') AS created_at,
             CASE WHEN pg_temp.r(i, 3, 100) < 5 THEN NULL ELSE 1 + pg_temp.r(i, 4, cardinality($20::uuid[])) END AS owner
        FROM generate_series($22::bigint, $23::bigint - 1) AS i
    ), n AS (
      SELECT g.*,
             CASE WHEN latin THEN ($6::text[])[1 + ${digit(en, radixEn, 0)}] || CASE WHEN pg_temp.r(g.i, 5, 2) = 0 THEN ' ' ELSE '' END || ($7::text[])[1 + ${digit(en, radixEn, 1)}]
                  ELSE ($2::text[])[1 + ${digit(zh, radixZh, 1)}] || ($2::text[])[1 + ${digit(zh, radixZh, 2)}] || ($3::text[])[1 + ${digit(zh, radixZh, 3)}] END AS short_name,
             CASE WHEN latin THEN ($8::text[])[1 + ${digit(en, radixEn, 2)}] || ' ' || ($9::text[])[1 + ${digit(en, radixEn, 3)}] || ' ' || ($11::text[])[1 + pg_temp.r(g.i, 6, cardinality($11::text[]))]
                  ELSE ($5::text[])[1 + pg_temp.r(g.i, 6, cardinality($5::text[]))] END AS tail,
             CASE WHEN latin THEN '' ELSE ($1::text[])[1 + ${digit(zh, radixZh, 0)}] END AS city,
             CASE WHEN latin THEN '' ELSE (ARRAY['市', ''])[1 + pg_temp.r(g.i, 21, 2)] END AS city_suffix,
             CASE WHEN latin THEN ($8::text[])[1 + ${digit(en, radixEn, 2)}] || ($9::text[])[1 + ${digit(en, radixEn, 3)}] ELSE '' END AS latin_rest,
             CASE WHEN latin THEN ($10::text[])[1 + ${digit(en, radixEn, 3)}] ELSE ($4::text[])[1 + ${digit(zh, radixZh, 3)}] END AS industry,
             '0' || (510 + g.i % 90) || (80000000 + (g.i * 2654435761) % 10000000) AS normalized_phone,
             -- The syllables of the name as searched (without its legal form): city, 市 or not as city_suffix, trade name, industry word.
             CASE WHEN latin THEN NULL ELSE ($24::text[])[1 + ${digit(zh, radixZh, 0)}] || (ARRAY[' shi', ''])[1 + pg_temp.r(g.i, 21, 2)]
                  || ' ' || ($25::text[])[1 + ${digit(zh, radixZh, 1)}] || ' ' || ($25::text[])[1 + ${digit(zh, radixZh, 2)}]
                  || ' ' || ($26::text[])[1 + ${digit(zh, radixZh, 3)}] END AS name_syllables
        FROM g
    ), k AS (
      SELECT n.*,
             CASE WHEN latin THEN short_name || ' ' || tail ELSE city || city_suffix || short_name || tail END AS name,
             lower(replace(short_name, ' ', '')) AS short_key,
             -- The duplicate key (normalizeCompanyName): the city without 市.
             CASE WHEN latin THEN lower(replace(short_name, ' ', '') || latin_rest) ELSE city || short_name END AS key,
             -- What search matches (companySearchName): the name as written without its legal form.
             CASE WHEN latin THEN lower(replace(short_name, ' ', '') || latin_rest) ELSE city || city_suffix || short_name END AS search_key,
             'KHG' || lpad((n.i + 1)::text, 8, '0') AS code,
             -- pinyin_keys (the short name's keys are among the name's: it is the name's tail).
             CASE WHEN latin THEN '' ELSE pg_temp.pinyin_keys(string_to_array(name_syllables, ' ')) END AS pinyin_keys
        FROM n
    ), ins AS (
      INSERT INTO customer_profile (id, code, name, short_name, normalized_name, search_text, name_bigrams, grade, level, industry, region, address,
                            phone, normalized_phone, source, credit_rating, description, department_id, created_at, updated_at,
                            last_contact_at, next_contact_at, owner_hint, pinyin_keys)
      SELECT gen_random_uuid(), k.code, k.name, k.short_name, k.key,
             k.search_key || ' ' || k.short_key || ' ' || lower(k.code) || ' ' || k.normalized_phone,
             ARRAY(SELECT DISTINCT substr(k.search_key, p, 2) FROM generate_series(1, length(k.search_key) - 1) AS p),
             ($14::text[])[1 + pg_temp.r(k.i, 7, cardinality($14::text[]))], ($13::text[])[1 + pg_temp.r(k.i, 8, cardinality($13::text[]))], k.industry,
             ($12::text[])[1 + pg_temp.r(k.i, 9, cardinality($12::text[]))],
             left(k.name, 3) || ($2::text[])[1 + pg_temp.r(k.i, 10, cardinality($2::text[]))] || (ARRAY['路', '街', '大道'])[1 + pg_temp.r(k.i, 11, 3)] || ' ' || (1 + pg_temp.r(k.i, 12, 999)) || ' 号',
             substr(k.normalized_phone, 1, 4) || '-' || substr(k.normalized_phone, 5), k.normalized_phone,
             ($15::text[])[1 + pg_temp.r(k.i, 13, cardinality($15::text[]))], 1 + pg_temp.r(k.i, 14, 5),
             k.short_name || '，主营' || k.industry || '，年采购额约 ' || (1 + pg_temp.r(k.i, 15, 500)) || ' 万元',
             ($21::uuid[])[k.owner], k.created_at, k.created_at,
             CASE WHEN pg_temp.r(k.i, 17, 10) < 7 THEN k.created_at + pg_temp.r(k.i, 18, 300) * interval '1 day' END,
             CASE WHEN pg_temp.r(k.i, 19, 10) < 3 THEN now() + (pg_temp.r(k.i, 20, 60) - 20) * interval '1 day' END,
             ($20::uuid[])[k.owner], k.pinyin_keys
        FROM k
      ON CONFLICT DO NOTHING
      RETURNING id, code, name, industry, region, level, grade
    ), state AS (
      -- The lifecycle row of each customer written (customer_state; its trigger fills customer_owned).
      INSERT INTO customer_state (id, created_at, owner_id, status, pool_entered_at, pool_reason, previous_owner_id, name, code, industry, region, level, grade)
      SELECT ins.id, k.created_at, ($20::uuid[])[k.owner],
             CASE WHEN k.owner IS NULL THEN 'POOL' ELSE ($16::text[])[1 + pg_temp.r(k.i, 16, cardinality($16::text[]))] END,
             -- Pool customers: in it since 0–180 days after their creation, 80 % expired, 15 % abandoned, 5 % rejected.
             CASE WHEN k.owner IS NULL THEN least(now(), k.created_at + pg_temp.r(k.i, 27, 180) * interval '1 day') END,
             CASE WHEN k.owner IS NULL THEN (CASE pg_temp.r(k.i, 28, 20) WHEN 0 THEN 'REJECTED' WHEN 1 THEN 'ABANDONED' WHEN 2 THEN 'ABANDONED' WHEN 3 THEN 'ABANDONED' ELSE 'EXPIRED' END) END,
             CASE WHEN k.owner IS NULL THEN ($20::uuid[])[1 + pg_temp.r(k.i, 29, cardinality($20::uuid[]))] END,
             ins.name, ins.code, ins.industry, ins.region, ins.level, ins.grade
        FROM ins JOIN k ON k.code = ins.code
    )
    INSERT INTO contact (customer_id, name, title, mobile, normalized_mobile, is_primary, name_pinyin)
    SELECT ins.id, x.name, x.title, x.mobile, x.mobile, true, x.name_pinyin
      FROM ins, LATERAL (SELECT substr(ins.code, 4)::bigint - 1 AS i) AS c,
           LATERAL (SELECT ($17::text[])[1 + pg_temp.r(c.i, 21, cardinality($17::text[]))] || ($18::text[])[1 + pg_temp.r(c.i, 22, cardinality($18::text[]))]
                           || CASE WHEN pg_temp.r(c.i, 23, 10) < 6 THEN ($18::text[])[1 + pg_temp.r(c.i, 24, cardinality($18::text[]))] ELSE '' END AS name,
                           pg_temp.pinyin_keys(string_to_array(($27::text[])[1 + pg_temp.r(c.i, 21, cardinality($17::text[]))] || ' ' || ($28::text[])[1 + pg_temp.r(c.i, 22, cardinality($18::text[]))]
                             || CASE WHEN pg_temp.r(c.i, 23, 10) < 6 THEN ' ' || ($28::text[])[1 + pg_temp.r(c.i, 24, cardinality($18::text[]))] ELSE '' END, ' ')) AS name_pinyin,
                           ($19::text[])[1 + pg_temp.r(c.i, 25, cardinality($19::text[]))] AS title,
                           '1' || (ARRAY['3', '5', '7', '8'])[1 + pg_temp.r(c.i, 26, 4)] || lpad(((c.i * 2654435761) % 1000000000)::text, 9, '0') AS mobile) AS x`;
  let written = 0;
  // Codes continue after the generated ones already there; a name the database already has is skipped and made up for.
  let next = Number((await client.query(`SELECT coalesce(max(substr(code, 4)::bigint), 0) AS n FROM customer WHERE code ~ '^KHG[0-9]+$'`)).rows[0].n);
  while (written < count) {
    const end = next + Math.min(batchSize, count - written);
    await client.query('BEGIN');
    const res = await client.query(sql, [...params, next, end, ...pinyinParams]);
    await client.query('COMMIT');
    next = end;
    written += res.rowCount;
    log(`  generated ${written.toLocaleString()} / ${count.toLocaleString()} customers (${Math.round(written / ((performance.now() - started) / 1000))}/s)`);
  }
  if (dropped.length) {
    log(`  rebuilding ${dropped.length} indexes…`);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const ix of dropped) await client.query(ix.indexdef);
  }
  // As autovacuum would have left them: statistics, and the visibility map index-only scans rely on.
  await client.query('VACUUM ANALYZE customer_profile, customer_state, customer_owned, contact');
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
