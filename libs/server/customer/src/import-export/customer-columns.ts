import { DictionaryCode } from '@kehu/server-settings';

/** How a cell is read on import and written on export. */
export type ColumnKind = 'text' | 'int' | 'money' | 'dictionary' | 'category' | 'date';

export interface Column {
  /** DTO property name; also accepted as the header. */
  key: string;
  /** Chinese header used by the template and the export: the form's label, as docs/glossary.md names the field. */
  zh: string;
  kind: ColumnKind;
  /** Dictionary type of a `dictionary` column. */
  dictionary?: DictionaryCode;
  /** Written by export, ignored by import (generated or derived values). */
  exportOnly?: boolean;
  /** Example value for the template. */
  example?: string;
}

/** Customer fields, in template/export order (DOMAIN §1). */
export const CUSTOMER_COLUMNS: readonly Column[] = [
  { key: 'code', zh: '客户编号', kind: 'text', exportOnly: true },
  { key: 'name', zh: '客户全称', kind: 'text', example: '靖江市春意空调有限公司' },
  { key: 'shortName', zh: '简称', kind: 'text', example: '春意空调' },
  { key: 'categoryId', zh: '客户分类', kind: 'category', example: '' },
  { key: 'grade', zh: '客户分级', kind: 'dictionary', dictionary: DictionaryCode.CustomerGrade, example: 'A' },
  { key: 'level', zh: '客户级别', kind: 'dictionary', dictionary: DictionaryCode.CustomerLevel, example: '重点开发客户' },
  { key: 'industry', zh: '行业', kind: 'dictionary', dictionary: DictionaryCode.Industry, example: '暖通空调' },
  { key: 'region', zh: '地区', kind: 'dictionary', dictionary: DictionaryCode.Region, example: '江苏省' },
  { key: 'address', zh: '地址', kind: 'text', example: '江苏省靖江市人民路 88 号' },
  { key: 'phone', zh: '电话', kind: 'text', example: '0523-84888888' },
  { key: 'fax', zh: '传真', kind: 'text', example: '0523-84888889' },
  { key: 'email', zh: '邮箱', kind: 'text', example: 'info@chunyi.example.com' },
  { key: 'website', zh: '网址', kind: 'text', example: 'https://chunyi.example.com' },
  { key: 'source', zh: '客户来源', kind: 'dictionary', dictionary: DictionaryCode.CustomerSource, example: '展会' },
  { key: 'creditRating', zh: '信用等级', kind: 'int', example: '4' },
  { key: 'satisfaction', zh: '满意度', kind: 'int', example: '5' },
  { key: 'description', zh: '客户描述', kind: 'text', example: '生产家用及商用空调，年采购压缩机约 2 万台' },
  { key: 'legalRepresentative', zh: '法定代表人', kind: 'text', example: '王春意' },
  { key: 'registeredCapital', zh: '注册资本', kind: 'money', example: '5000000.00' },
  { key: 'annualTurnover', zh: '年营业额', kind: 'money', example: '120000000.00' },
  { key: 'bank', zh: '开户银行', kind: 'text', example: '中国工商银行靖江支行' },
  { key: 'bankAccount', zh: '银行账号', kind: 'text', example: '1108020109000012345' },
  { key: 'taxNumber', zh: '税号', kind: 'text', example: '91321282MA1XXXXXXX' },
  { key: 'externalId', zh: 'ERP 编号', kind: 'text', example: 'ERP-000001' },
  { key: 'contactName', zh: '联系人', kind: 'text', example: '王建国' },
  { key: 'contactMobile', zh: '联系人手机', kind: 'text', example: '13800138000' },
  { key: 'contactTitle', zh: '联系人职务', kind: 'text', example: '采购经理' },
  { key: 'contactEmail', zh: '联系人邮箱', kind: 'text', example: 'wang@chunyi.example.com' },
  { key: 'status', zh: '状态', kind: 'text', exportOnly: true },
  { key: 'ownerName', zh: '跟进人', kind: 'text', exportOnly: true },
  { key: 'protectionUntil', zh: '保护截止', kind: 'date', exportOnly: true },
  { key: 'lastContactAt', zh: '最近联系', kind: 'date', exportOnly: true },
  { key: 'createdAt', zh: '创建时间', kind: 'date', exportOnly: true },
];

export const IMPORT_COLUMNS = CUSTOMER_COLUMNS.filter((c) => !c.exportOnly);
export const CONTACT_KEYS = ['contactName', 'contactMobile', 'contactTitle', 'contactEmail'] as const;

const BY_HEADER = new Map<string, Column>();
for (const column of CUSTOMER_COLUMNS) {
  BY_HEADER.set(column.key.toLowerCase(), column);
  BY_HEADER.set(column.zh, column);
}
// A few common alternatives people type, and the headers of files exported before docs/glossary.md.
for (const [alias, key] of [
  ['名称', 'name'],
  ['客户名称', 'name'],
  ['外部编号', 'externalId'],
  ['法人代表', 'legalRepresentative'],
  ['注册资金', 'registeredCapital'],
  ['公司名称', 'name'],
  ['客户简称', 'shortName'],
  ['分类', 'categoryId'],
  ['category', 'categoryId'],
  ['分级', 'grade'],
  ['级别', 'level'],
  ['区域', 'region'],
  ['联系电话', 'phone'],
  ['电子邮箱', 'email'],
  ['来源', 'source'],
  ['描述', 'description'],
  ['备注', 'description'],
  ['erp编号', 'externalId'],
  ['联系人姓名', 'contactName'],
  ['手机', 'contactMobile'],
] as const) {
  BY_HEADER.set(alias.toLowerCase(), CUSTOMER_COLUMNS.find((c) => c.key === key) as Column);
}

/** The column a header names (English DTO name, any case, or Chinese), or undefined. */
export function columnForHeader(header: string): Column | undefined {
  const text = header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .trim();
  return BY_HEADER.get(text.toLowerCase()) ?? BY_HEADER.get(text.replace(/[\s*＊]/g, '').toLowerCase());
}
