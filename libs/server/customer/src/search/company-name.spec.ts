import { bigrams, companySearchName, normalizeCompanyName, normalizePhone, normalizeQuery, searchQueryText } from './company-name';

describe('company name normalisation', () => {
  it('gives two spellings of one company the same key', () => {
    expect(normalizeCompanyName('靖江市春意空调有限公司')).toBe('靖江春意空调');
    expect(normalizeCompanyName(' 靖江市 春意空调 股份有限公司 ')).toBe('靖江春意空调');
    expect(normalizeCompanyName('靖江市春意空调（集团）有限公司')).toBe('靖江春意空调');
    expect(normalizeCompanyName('Spring Air Co., Ltd.')).toBe(normalizeCompanyName('SPRING-AIR co.,ltd'));
    expect(normalizeCompanyName('ＡＢＣ　Trading Limited')).toBe('abctrading');
  });

  it('brings a leading or bracketed administrative division to one form (issue 18, finding 12)', () => {
    const key = normalizeCompanyName('扬州市春意空调有限公司');
    expect(key).toBe('扬州春意空调');
    for (const spelling of [
      '（扬州）春意空调有限公司',
      '(扬州)春意空调有限公司',
      '【扬州市】春意空调有限公司',
      '扬州春意空调有限公司',
      '春意空调（扬州）有限公司',
      '江苏省扬州市春意空调有限公司',
      '江苏扬州春意空调有限公司',
      '（江苏扬州）春意空调有限公司',
    ]) {
      expect({ spelling, key: normalizeCompanyName(spelling) }).toEqual({ spelling, key });
    }
    // Provinces, autonomous regions and prefectures with their long suffixes; county-level names by their suffix.
    expect(normalizeCompanyName('广西壮族自治区南宁市春意空调有限公司')).toBe('南宁春意空调');
    expect(normalizeCompanyName('延边朝鲜族自治州春意空调有限公司')).toBe('延边春意空调');
    expect(normalizeCompanyName('（靖江市）春意空调有限公司')).toBe(normalizeCompanyName('靖江春意空调有限公司'));
    expect(normalizeCompanyName('上海市浦东新区春意空调有限公司')).toBe(normalizeCompanyName('浦东新区春意空调有限公司'));
    expect(normalizeCompanyName('扬州市邗江区春意空调有限公司')).toBe('扬州邗江春意空调');
  });

  it('keeps the division a company is registered in: the same trade name in two cities is two companies', () => {
    expect(normalizeCompanyName('扬州市宏达机械有限公司')).not.toBe(normalizeCompanyName('南京市宏达机械有限公司'));
    expect(normalizeCompanyName('北京银行股份有限公司')).toBe('北京银行');
    expect(normalizeCompanyName('南京银行股份有限公司')).toBe('南京银行');
    expect(normalizeCompanyName('海南航空控股股份有限公司')).toBe('海南航空控股');
    // A prefecture's name after a province it is not in is the trade name.
    expect(normalizeCompanyName('重庆市大同服饰有限公司')).toBe('重庆大同服饰');
    expect(normalizeCompanyName('江苏泰安机械有限公司')).toBe('江苏泰安机械');
    expect(normalizeCompanyName('山东泰安机械有限公司')).toBe('泰安机械');
  });

  it('reads 市场, 市政, 区域 as words, and leaves other bracketed words where they are', () => {
    expect(normalizeCompanyName('上海市场研究有限公司')).toBe('上海市场研究');
    expect(normalizeCompanyName('上海市政工程设计研究总院')).toBe('上海市政工程设计研究总院');
    expect(normalizeCompanyName('华东区域物流有限公司')).toBe('华东区域物流');
    expect(normalizeCompanyName('春意空调（国际）有限公司')).toBe(normalizeCompanyName('春意空调国际有限公司'));
    expect(normalizeCompanyName('阿里巴巴（中国）网络技术有限公司')).toBe('阿里巴巴中国网络技术');
    expect(normalizeCompanyName('Spring Air (Beijing) Co., Ltd.')).toBe('springairbeijing');
  });

  it('searches the name as written, division included', () => {
    expect(companySearchName('江苏省扬州市春意空调有限公司')).toBe('江苏省扬州市春意空调');
    expect(companySearchName('（扬州）春意空调有限公司')).toBe('扬州春意空调');
  });

  it('searches a full name pasted with its legal form as the names are stored, without it', () => {
    expect(searchQueryText('常州市金坛暖通设备有限公司')).toBe(companySearchName('常州市金坛暖通设备有限公司'));
    expect(searchQueryText(' 宁波市海曙区东升塑料制品厂 ')).toBe('宁波市海曙区东升塑料制品');
    expect(searchQueryText('春意公司')).toBe('春意');
    // One character left would match too much: the query stays as typed.
    expect(searchQueryText('鑫厂')).toBe('鑫厂');
    expect(searchQueryText('有限公司')).toBe('有限公司');
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
