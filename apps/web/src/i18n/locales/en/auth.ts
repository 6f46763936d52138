export default {
  login: {
    title: 'Sign in to Kehu CRM',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    invalidCredentials: 'Wrong username or password',
    locked: 'The account is locked',
    tooManyAttempts: 'Too many attempts, please wait and try again',
  },
  password: {
    title: 'Change password',
    forcedHint: 'You must change your password before you continue.',
    current: 'Current password',
    new: 'New password',
    confirm: 'Repeat new password',
    mismatch: 'The passwords do not match',
    minLength: 'At least {n} characters',
    changed: 'Password changed',
  },
};
