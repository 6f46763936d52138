import { SettingsInit1763900002000 } from './1763900002000-settings-init';
import { DictionariesChangedNotification1763900014000 } from './1763900014000-dictionaries-changed-notification';

export const settingsMigrations = [SettingsInit1763900002000, DictionariesChangedNotification1763900014000];
