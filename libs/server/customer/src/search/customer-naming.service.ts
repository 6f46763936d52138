import { Injectable } from '@nestjs/common';
import { DictionariesService, DictionaryCode } from '@kehu/server-settings';
import type { EntityManager } from 'typeorm';
import { pinyinKeys } from './pinyin-keys';
import { bigrams, companySearchName, DEFAULT_LEGAL_FORMS, normalizeCompanyName, normalizePhone, normalizeQuery } from './company-name';

export interface DerivedNames {
  normalizedName: string;
  normalizedPhone: string | null;
  searchText: string;
  nameBigrams: string[];
  pinyinKeys: string;
}

/** Derives the stored search keys of a customer, with the legal forms of the dictionary. */
@Injectable()
export class CustomerNaming {
  constructor(private readonly dictionaries: DictionariesService) {}

  async legalForms(manager?: EntityManager): Promise<string[]> {
    const labels = await this.dictionaries.labels(DictionaryCode.LegalForm, manager);
    return [...DEFAULT_LEGAL_FORMS, ...[...labels.values()].flatMap((l) => [l.label, l.labelEn ?? ''])].filter(Boolean);
  }

  derive(fields: { name: string; shortName: string | null; code: string; phone: string }, legalForms: readonly string[]): DerivedNames {
    // The duplicate key brings the division to one form; search matches the name as written (扬州市 finds 扬州市…).
    const searchName = companySearchName(fields.name, legalForms);
    const normalizedShort = fields.shortName ? normalizeQuery(fields.shortName) : '';
    const normalizedPhone = normalizePhone(fields.phone);
    return {
      normalizedName: normalizeCompanyName(fields.name, legalForms),
      normalizedPhone,
      searchText: [searchName, normalizedShort, fields.code.toLowerCase(), normalizedPhone ?? ''].filter(Boolean).join(' '),
      nameBigrams: bigrams(searchName, normalizedShort),
      // Pinyin of the name as searched: the keys of its legal form (youxiangongsi) would be in every row.
      pinyinKeys: pinyinKeys(searchName, fields.shortName),
    };
  }
}
