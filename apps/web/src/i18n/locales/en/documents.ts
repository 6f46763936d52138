/** The upload component and file lists (`files.*`), and customer documents 文档管理 (`documents.*`). */
export default {
  files: {
    dropHere: 'Drop files here,',
    orChoose: 'or click to choose',
    tip: 'PDF, images, Word, Excel, PowerPoint or zip; at most {mb} MB each',
    tooLarge: 'Larger than {mb} MB: not uploaded',
    name: 'File',
    size: 'Size',
    uploadedBy: 'Uploaded by',
    uploadedAt: 'Uploaded',
    preview: 'Preview',
    download: 'Download',
    removeConfirm: 'Remove “{name}”?',
    removed: 'Removed',
    uploaded: '“{name}” uploaded',
    empty: 'No files yet',
  },
  documents: {
    title: 'Documents',
    note: 'Note',
    notePlaceholder: 'Optional: what the next file is (kept with it)',
  },
};
