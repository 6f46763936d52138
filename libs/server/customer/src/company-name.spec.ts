import { bigrams, normalizeCompanyName, normalizePhone, normalizeQuery } from './company-name';

describe('company name normalisation', () => {
  it('gives two spellings of one company the same key', () => {
    expect(normalizeCompanyName('靖江市春意空调有限公司')).toBe('靖江市春意空调');
    expect(normalizeCompanyName(' 靖江市 春意空调 股份有限公司 ')).toBe('靖江市春意空调');
    expect(normalizeCompanyName('靖江市春意空调（集团）有限公司')).toBe('靖江市春意空调');
    expect(normalizeCompanyName('Spring Air Co., Ltd.')).toBe(normalizeCompanyName('SPRING-AIR co.,ltd'));
    expect(normalizeCompanyName('ＡＢＣ　Trading Limited')).toBe('abctrading');
  });

  it('keeps a name that is only a legal form', () => {
    expect(normalizeCompanyName('有限公司')).toBe('有限公司');
  });

  it('uses the legal forms it is given', () => {
    expect(normalizeCompanyName('春意空调事务所', ['事务所'])).toBe('春意空调');
    expect(normalizeCompanyName('春意空调事务所', [])).toBe('春意空调事务所');
  });

  it('normalises phone numbers to digits', () => {
    expect(normalizePhone('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizePhone('0523-8488 8888')).toBe('052384888888');
    expect(normalizePhone('（0523）84888888')).toBe('052384888888');
    expect(normalizePhone('123')).toBeNull();
    expect(normalizePhone(null)).toBeNull();
  });

  it('makes bigrams across scripts and queries without punctuation', () => {
    expect(bigrams('春意空调')).toEqual(['春意', '意空', '空调']);
    expect(bigrams('ab', null, 'xyz')).toEqual(['ab', 'xy', 'yz']);
    expect(normalizeQuery(' 春意，空调 ')).toBe('春意空调');
  });
});
