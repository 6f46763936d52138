import type en from '../en/documents';
import type { Messages } from '../messages';

const documents: Messages<typeof en> = {
  files: {
    dropHere: '将文件拖到此处，',
    orChoose: '或点击选择',
    tip: '支持 PDF、图片、Word、Excel、PowerPoint 或 zip，单个文件不超过 {mb} MB',
    tooLarge: '超过 {mb} MB，未上传',
    name: '文件',
    size: '大小',
    uploadedBy: '上传人',
    uploadedAt: '上传时间',
    preview: '预览',
    download: '下载',
    removeConfirm: '确定删除“{name}”？',
    removed: '已删除',
    uploaded: '“{name}”已上传',
    empty: '暂无文件',
  },
  documents: {
    title: '文档管理',
    note: '备注',
    notePlaceholder: '可选：说明接下来上传的文件（随文件保存）',
  },
};

export default documents;
