export * from './content-disposition';
export * from './content-sniffing';
export * from './file-storage';
export * from './file-upload.decorator';
export * from './files.exception';
export * from './files.service';
