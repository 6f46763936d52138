import { plainToInstance } from 'class-transformer';
import { IsInt, IsOptional, validateSync, ValidateNested } from 'class-validator';
import { CreateContactDto } from '../contacts/contact.dto';
import { CreateCustomerDto } from '../customers/customer.dto';
import { compileValidator } from './compiled-validator';

const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false, stopAtFirstError: true };

const base = {
  name: '靖江市春意空调有限公司',
  address: '江苏省靖江市人民路 88 号',
  industry: 'hvac',
  phone: '0523-84888888',
  description: '导入测试',
};

const customers: Array<Record<string, unknown>> = [
  base,
  { ...base, shortName: '春意空调', grade: 'A', level: 'key_prospect', region: 'jiangsu', source: 'exhibition' },
  { ...base, email: 'info@chunyi.example.com', website: 'https://chunyi.example.com', fax: '0523-84888889' },
  { ...base, creditRating: 4, satisfaction: 5, registeredCapital: '5000000.00', annualTurnover: '12' },
  { ...base, categoryId: '6f1c2d4e-8a9b-4c3d-9e8f-7a6b5c4d3e2f', externalId: 'ERP-1', taxNumber: '91321282MA1XXXXXXX' },
  { ...base, bank: '中国工商银行', bankAccount: '1108020109000012345', legalRepresentative: '王春意' },
  // Refused:
  { ...base, name: '' },
  { ...base, name: 'x'.repeat(201) },
  { ...base, address: undefined },
  { ...base, industry: 'x'.repeat(51) },
  { ...base, phone: 'call me' },
  { ...base, phone: '123' },
  { ...base, email: 'not-an-email' },
  { ...base, email: `${'a'.repeat(195)}@x.com` },
  { ...base, creditRating: 9 },
  { ...base, creditRating: '4' },
  { ...base, satisfaction: 0 },
  { ...base, registeredCapital: '12.345' },
  { ...base, annualTurnover: 'abc' },
  { ...base, categoryId: 'not-a-uuid' },
  { ...base, fax: '传真' },
  { ...base, shortName: 'x'.repeat(101) },
  { ...base, description: 'x'.repeat(5001) },
  { ...base, externalId: 'x'.repeat(101) },
  { ...base, unknownColumn: 'x' },
  { name: '只有名称' },
];

const contacts: Array<Record<string, unknown>> = [
  { name: '王建国' },
  { name: '王建国', mobile: '13800138000', title: '采购经理', email: 'wang@chunyi.example.com' },
  { name: '王建国', mobile: 'abc' },
  { name: '王建国', email: 'wang@' },
  { name: '王建国', title: 'x'.repeat(101) },
  { name: '', mobile: '13800138000' },
  { name: 'x'.repeat(101) },
];

describe('compileValidator', () => {
  const expectSameAsValidateSync = (cls: new () => object, samples: Array<Record<string, unknown>>) => {
    const compiled = compileValidator(cls);
    expect(compiled).not.toBeNull();
    for (const sample of samples) {
      const reference = validateSync(plainToInstance(cls, { ...sample }), OPTIONS).length === 0;
      expect({ sample, valid: compiled?.({ ...sample }) }).toEqual({ sample, valid: reference });
    }
  };

  it('accepts and refuses customer rows exactly like validateSync', () => {
    expect(compileValidator(CreateCustomerDto)?.(customers[5])).toBe(true);
    expect(compileValidator(CreateCustomerDto)?.(customers[6])).toBe(false);
    expectSameAsValidateSync(CreateCustomerDto, customers);
  });

  it('accepts and refuses contacts exactly like validateSync', () => expectSameAsValidateSync(CreateContactDto, contacts));

  it('does not compile rules it does not implement (nested)', () => {
    class Child {
      @IsInt() n: number;
    }
    class Parent {
      @IsOptional() @ValidateNested() child?: Child;
    }
    expect(compileValidator(Parent)).toBeNull();
  });
});
