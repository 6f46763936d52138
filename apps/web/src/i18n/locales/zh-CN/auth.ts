import type en from '../en/auth';
import type { Messages } from '../messages';

const auth: Messages<typeof en> = {
  login: {
    title: '登录客户 CRM',
    username: '用户名',
    password: '密码',
    submit: '登录',
    invalidCredentials: '用户名或密码错误',
    locked: '账号已锁定',
    tooManyAttempts: '尝试次数过多，请稍后再试',
  },
  password: {
    title: '修改密码',
    forcedHint: '继续使用前必须修改密码。',
    current: '当前密码',
    new: '新密码',
    confirm: '确认新密码',
    mismatch: '两次输入的密码不一致',
    minLength: '至少 {n} 个字符',
    changed: '密码已修改',
  },
};

export default auth;
