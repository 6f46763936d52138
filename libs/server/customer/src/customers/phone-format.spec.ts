import { isPhoneNumber } from './phone-format';

describe('phone formats (seed 004: mobile 11 digits, landline area code + 7/8 digits)', () => {
  it.each([
    '13800138000',
    '138 0013 8000',
    '138-0013-8000',
    '+86 138 0013 8000',
    '0086-13800138000',
    '+44 20 7946 0958',
  ])('accepts the mobile %s', (value) => {
    expect(isPhoneNumber(value, 'mobile')).toBe(true);
    expect(isPhoneNumber(value, 'phone')).toBe(true);
  });

  it.each([
    '0523-84888888',
    '0523-8488888',
    '010-12345678',
    '(0523) 8488 8888',
    '（0523）84888888',
    '052384888888',
    '+86 523 84888888',
    '+86 0523 8488 8888',
    '400-820-8820',
    '0523-84888888 转 123',
    '0523-84888888 ext. 123',
    '0523-84888888x12',
    '0523-84888888#8',
    '0523-84888888-123',
    '13800138000 转 8',
  ])('accepts the phone %s, not as a mobile unless it is one', (value) => {
    expect(isPhoneNumber(value, 'phone')).toBe(true);
  });

  it.each(['0523-84888888', '400-820-8820', '0523-84888888 转 123'])('refuses the landline %s as a mobile', (value) => {
    expect(isPhoneNumber(value, 'mobile')).toBe(false);
  });

  it.each([
    '1380013800', // 10 digits
    '138001380000', // 12 digits
    '23800138000', // 11 digits not starting with 1
    '123',
    'call me',
    '0523-123456', // 6-digit number
    '0523-123456789', // 9-digit number
    '13800138000-12', // a mobile has no dash extension
    '+0 12345678',
    '',
  ])('refuses %j', (value) => {
    expect(isPhoneNumber(value, 'phone')).toBe(false);
    expect(isPhoneNumber(value, 'mobile')).toBe(false);
  });
});
