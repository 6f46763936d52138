import { defineDomainErrors } from '../http/domain-error';

export enum FileErrorCode {
  FileRequired = 'file-required',
  FileTooLarge = 'file-too-large',
  FileTypeNotAllowed = 'file-type-not-allowed',
  FileUnreadable = 'file-unreadable',
}

export const FileError = defineDomainErrors<FileErrorCode>({
  [FileErrorCode.FileRequired]: { status: 400, title: 'A file is required' },
  [FileErrorCode.FileTooLarge]: { status: 413, title: 'The file is larger than allowed' },
  [FileErrorCode.FileTypeNotAllowed]: { status: 415, title: 'This kind of file is not accepted' },
  [FileErrorCode.FileUnreadable]: { status: 400, title: 'The upload could not be read' },
});
