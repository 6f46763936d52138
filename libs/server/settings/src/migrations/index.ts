import { SettingsBaseline1763900002000 } from './1763900002000-settings-baseline';
import { ListViews1764003200000 } from './1764003200000-list-views';

export const settingsMigrations = [SettingsBaseline1763900002000, ListViews1764003200000];
