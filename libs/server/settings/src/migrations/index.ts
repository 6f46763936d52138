import { SettingsInit1763900002000 } from './1763900002000-settings-init';

export const settingsMigrations = [SettingsInit1763900002000];
