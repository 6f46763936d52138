import { SettingsBaseline1763900002000 } from './1763900002000-settings-baseline';

export const settingsMigrations = [SettingsBaseline1763900002000];
