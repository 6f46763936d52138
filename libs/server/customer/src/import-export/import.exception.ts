import { defineDomainErrors } from '@kehu/server-core';

export enum ImportErrorCode {
  InvalidFile = 'invalid-import-file',
  FileTooLarge = 'import-file-too-large',
}

export const ImportError = defineDomainErrors<ImportErrorCode>({
  [ImportErrorCode.InvalidFile]: { status: 400, title: 'The file cannot be imported' },
  [ImportErrorCode.FileTooLarge]: { status: 413, title: 'The file is too large' },
});

/** A 400 problem naming the `file` field. */
export function invalidFile(message: string): InstanceType<typeof ImportError> {
  return new ImportError(ImportErrorCode.InvalidFile, `file: ${message}`, { errors: [{ field: 'file', message, code: 'isImportFile' }] });
}
