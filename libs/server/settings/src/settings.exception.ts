import { defineDomainErrors } from '@kehu/server-core';

export enum SettingsErrorCode {
  DictionaryItemCodeTaken = 'dictionary-item-code-taken',
  DictionaryItemBuiltIn = 'dictionary-item-built-in',
  DictionaryItemInUse = 'dictionary-item-in-use',
  UnknownRule = 'unknown-rule',
  HolidayExists = 'holiday-exists',
  ListViewNameTaken = 'list-view-name-taken',
  ListViewLimitReached = 'list-view-limit-reached',
}

export const SettingsError = defineDomainErrors<SettingsErrorCode>({
  [SettingsErrorCode.DictionaryItemCodeTaken]: { status: 409, title: 'The dictionary already has an item with this code' },
  [SettingsErrorCode.DictionaryItemBuiltIn]: { status: 409, title: 'Built-in dictionary items cannot be deleted, only disabled' },
  [SettingsErrorCode.DictionaryItemInUse]: { status: 409, title: 'The dictionary item is in use; disable it instead' },
  [SettingsErrorCode.UnknownRule]: { status: 404, title: 'No such business rule' },
  [SettingsErrorCode.HolidayExists]: { status: 409, title: 'The date is already in the holiday calendar' },
  [SettingsErrorCode.ListViewNameTaken]: { status: 409, title: 'You already have a view with this name on this list' },
  [SettingsErrorCode.ListViewLimitReached]: { status: 409, title: 'This list already has as many saved views as it may' },
});
