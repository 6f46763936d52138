import { MigrationInterface, QueryRunner } from 'typeorm';

/** Customers read per query while their keys are recomputed. */
const BATCH = 10_000;

// ── The duplicate key as the application computed it when this migration was written ───────────────
// (libs/server/customer/src/company-name.ts, normalizeCompanyName): a migration is history and imports
// nothing that keeps changing, so the rules and the division names are written out here.

const DEFAULT_LEGAL_FORMS = [
  '股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '分公司', '集团', '公司', '厂', 'co.,ltd.', 'co., ltd.', 'co.,ltd', 'co. ltd',
  'company limited', 'limited', 'ltd.', 'ltd', 'inc.', 'inc', 'corp.', 'corporation', 'gmbh', 'llc',
];
const PROVINCE_NAMES = '北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾'.split(' ');
const PREFECTURES_BY_PROVINCE: Record<string, string> = {
  河北: '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水',
  山西: '太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁',
  内蒙古: '呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安 锡林郭勒 阿拉善',
  辽宁: '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛',
  吉林: '长春 吉林 四平 辽源 通化 白山 松原 白城 延边',
  黑龙江: '哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭',
  江苏: '南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁',
  浙江: '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水',
  安徽: '合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城',
  福建: '福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德',
  江西: '南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶',
  山东: '济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽',
  河南: '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源',
  湖北: '武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 神农架',
  湖南: '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西',
  广东: '广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮',
  广西: '南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左',
  海南: '海口 三亚 三沙 儋州',
  四川: '成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山',
  贵州: '贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南',
  云南: '昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆',
  西藏: '拉萨 日喀则 昌都 林芝 山南 那曲 阿里',
  陕西: '西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛',
  甘肃: '兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南',
  青海: '西宁 海东 海北 黄南 果洛 玉树 海西',
  宁夏: '银川 石嘴山 吴忠 固原 中卫',
  新疆: '乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子',
};
const PREFECTURES = Object.fromEntries(Object.entries(PREFECTURES_BY_PROVINCE).map(([province, names]) => [province, names.split(' ')]));
const PROVINCES = new Set(PROVINCE_NAMES);
const SUFFIX = String.raw`(?:\p{Script=Han}{0,8}?自治[区州县旗]|特别行政区|地区|林区|新区|省|市(?![场政])|区(?![域块])|县|旗|盟)`;
const KNOWN = new RegExp(
  String.raw`^(${[...PROVINCE_NAMES, ...Object.values(PREFECTURES).flat()].sort((a, b) => b.length - a.length).join('|')})${SUFFIX}?`,
  'u',
);
const SUFFIXED = new RegExp(String.raw`^(\p{Script=Han}{2,3}?)${SUFFIX}`, 'u');
const BRACKETED = /[([【]([^()[\]【】]*)[)\]】]/g;

const basic = (value: string) => value.normalize('NFKC').toLowerCase().trim();
const compact = (value: string) => value.replace(/[^\p{L}\p{N}]+/gu, '');

function withoutLegalForms(key: string, forms: string[]): string {
  if (forms.includes(key)) return key;
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of forms) {
      if (key.length > form.length && key.endsWith(form)) {
        key = key.slice(0, -form.length);
        changed = true;
        break;
      }
    }
  }
  return key;
}

function leadingDivisions(key: string): { names: string[]; rest: string } {
  const names: string[] = [];
  let rest = key;
  for (;;) {
    const previous = names[names.length - 1];
    const known = KNOWN.exec(rest);
    const knownFits = known && (known[0].length > known[1].length || !PROVINCES.has(previous) || PREFECTURES[previous]?.includes(known[1]));
    const match = knownFits ? known : SUFFIXED.exec(rest);
    if (!match) return { names, rest };
    names.push(match[1]);
    rest = rest.slice(match[0].length);
  }
}

function duplicateKey(name: string, forms: string[]): string {
  const bracketed: string[] = [];
  const text = basic(name).replace(BRACKETED, (whole, inner: string) => {
    const { names, rest } = leadingDivisions(compact(inner));
    if (!names.length || rest) return whole;
    bracketed.push(...names);
    return ' ';
  });
  const { names, rest } = leadingDivisions(withoutLegalForms(compact(text), forms));
  const divisions = [...names, ...bracketed];
  const places = divisions.filter((d, i) => !(PROVINCES.has(d) && i < divisions.length - 1)).filter((d, i, all) => d !== all[i - 1]);
  return places.join('') + rest;
}

/**
 * Recomputes the duplicate key (`customer_profile.normalized_name`) now that it brings the
 * administrative division to one form (issue 18, finding 12: （扬州）X有限公司 and 扬州市X有限公司 were
 * both accepted): 扬州市X, 扬州X, （扬州）X, X（扬州）有限公司 and 江苏省扬州市X all become 扬州x. Names are
 * normalised in Node with the legal forms of the `legal-form` dictionary, as the application does.
 * Only the key changes: `search_text` and `name_bigrams` keep the name as written, `updated_at` and
 * `version` stay (a derived key is not an edit, and sync clients need not fetch every customer again).
 *
 * Two live customers that the new key calls the same company cannot both hold it (unique index): the
 * first entered gets the new key, the later one keeps its old key — both are still found by the
 * duplicate check (by containment) and an administrator merges them (POST /customers/{id}/merge); its
 * edits leave the key alone unless they change the name or phone. The number kept is logged. Moves
 * happen in passes: a key is taken only when no live customer holds it at the start of the pass, so a
 * customer leaving a key frees it for the next pass.
 */
export class CustomerNameDivisions1764000300000 implements MigrationInterface {
  name = 'CustomerNameDivisions1764000300000';

  async up(q: QueryRunner): Promise<void> {
    const dictionary: Array<{ label: string; label_en: string | null }> = await q.query(
      `SELECT label, label_en FROM dictionary_item WHERE type_code = 'legal-form' AND deleted_at IS NULL`,
    );
    const labels = [...DEFAULT_LEGAL_FORMS, ...dictionary.flatMap((d) => [d.label, d.label_en ?? ''])];
    // Longest first so 股份有限公司 goes before 有限公司.
    const forms = [...new Set(labels.map((f) => compact(basic(f))).filter(Boolean))].sort((a, b) => b.length - a.length);
    await q.query(`CREATE TEMPORARY TABLE customer_name_key (id uuid PRIMARY KEY, key text NOT NULL)`);
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: Array<{ id: string; name: string; normalized_name: string }> = await q.query(
        `SELECT id, name, normalized_name FROM customer_profile WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      const changed = rows.map((r) => ({ id: r.id, key: duplicateKey(r.name, forms) })).filter((r, i) => r.key !== rows[i].normalized_name);
      if (changed.length) {
        await q.query(`INSERT INTO customer_name_key (id, key) SELECT * FROM unnest($1::uuid[], $2::text[])`, [changed.map((r) => r.id), changed.map((r) => r.key)]);
      }
      after = rows[rows.length - 1].id;
    }
    await q.query(`CREATE INDEX customer_name_key_key_idx ON customer_name_key (key)`);
    await q.query(`ANALYZE customer_name_key`);
    // Deleted customers hold no key (the unique index is on live ones).
    await q.query(`UPDATE customer_profile p SET normalized_name = k.key FROM customer_name_key k WHERE p.id = k.id AND p.deleted_at IS NOT NULL`);
    for (;;) {
      const [, moved] = (await q.query(
        `UPDATE customer_profile p SET normalized_name = k.key
           FROM customer_name_key k
          WHERE p.id = k.id AND p.deleted_at IS NULL AND p.normalized_name <> k.key
            AND NOT EXISTS (SELECT 1 FROM customer_profile o WHERE o.deleted_at IS NULL AND o.normalized_name = k.key)
            AND NOT EXISTS (SELECT 1 FROM customer_name_key k2 JOIN customer_profile p2 ON p2.id = k2.id
                             WHERE k2.key = k.key AND p2.deleted_at IS NULL AND p2.normalized_name <> k2.key
                               AND (p2.created_at, p2.id) < (p.created_at, p.id))`,
      )) as [unknown, number];
      if (!moved) break;
    }
    const [{ kept }] = await q.query(
      `SELECT count(*)::int AS kept FROM customer_name_key k JOIN customer_profile p ON p.id = k.id WHERE p.deleted_at IS NULL AND p.normalized_name <> k.key`,
    );
    await q.query(`DROP TABLE customer_name_key`);
    if (kept) q.connection.logger.log('warn', `${kept} customers keep their old duplicate key: another customer has the same name under the new normalisation (merge them)`, q);
  }

  async down(): Promise<void> {
    // The old keys are not kept: going back to another normalisation is a new migration that recomputes them.
  }
}
