import { changedFields, characterBigrams, priceProblems, productSearchKeys, searchPlan } from './product-rules';
import { ProductStatus } from './entities/product.entity';

describe('product rules', () => {
  it('keys a product for search by code, name, model and spec, normalised', () => {
    const keys = productSearchKeys({ code: 'KT-3500', name: '春意 柜机', model: 'KFR 72', spec: null });
    expect(keys.searchText).toBe('kt-3500 春意柜机 kfr72');
    expect(keys.searchBigrams).toEqual(expect.arrayContaining(['春意', '意柜', '柜机', 'kf', '72']));
    // No pair spans two fields.
    expect(keys.searchBigrams).not.toContain('0春');
  });

  it('looks up two characters by bigram and longer queries by trigram, escaping LIKE wildcards', () => {
    expect(searchPlan(' 春意 ')).toEqual({ kind: 'bigram', grams: ['春意'] });
    expect(searchPlan('Ｋ')).toEqual({ kind: 'bigram', grams: [] });
    expect(searchPlan('KT-35%')).toEqual({ kind: 'trigram', like: '%kt-35\\%%' });
  });

  it('bigrams count each pair once', () => {
    expect(characterBigrams('aaa')).toEqual(['aa']);
    expect(characterBigrams('', null, 'ab')).toEqual(['ab']);
  });

  it('refuses a negative price and a tax rate outside 0–100, naming the field', () => {
    expect(priceProblems({ listPrice: '0.00', taxRate: '100' })).toEqual([]);
    expect(priceProblems({ listPrice: '-0.01' }).map((p) => p.field)).toEqual(['listPrice']);
    expect(priceProblems({ taxRate: '100.01' }).map((p) => p.field)).toEqual(['taxRate']);
    expect(priceProblems({ taxRate: '-1' }).map((p) => p.field)).toEqual(['taxRate']);
  });

  it('sees no change when only the spelling of an amount differs, and names what did change', () => {
    const stored = { code: 'A', name: 'n', model: null, spec: null, unit: '台', listPrice: '12800.00', taxRate: '13.00', status: ProductStatus.OnSale, categoryId: null, stockOnHand: 5 };
    expect(changedFields(stored, { ...stored, listPrice: '12800', taxRate: '13.0' })).toEqual([]);
    expect(changedFields(stored, { ...stored, stockOnHand: undefined })).toEqual([]);
    expect(changedFields(stored, { ...stored, name: 'm', stockOnHand: 6, model: 'X' })).toEqual(['name', 'model', 'stockOnHand']);
  });
});
