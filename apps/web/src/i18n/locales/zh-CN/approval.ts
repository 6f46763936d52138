import type en from '../en/approval';
import type { Messages } from '../messages';

const approval: Messages<typeof en> = {
  approval: {
    pendingForMe: '待我审批',
    myRequests: '我的申请',
    subject: '审批对象',
    subjectType: '类型',
    requester: '申请人',
    reason: '申请理由',
    status: '状态',
    allStatuses: '全部状态',
    createdAt: '提交时间',
    decidedAt: '完成时间',
    approve: '同意',
    reject: '驳回',
    cancel: '撤回',
    cancelConfirm: '撤回申请“{title}”？',
    cancelledOk: '申请已撤回',
    approveTitle: '同意申请',
    rejectTitle: '驳回申请',
    comment: '审批意见',
    approvePlaceholder: '选填',
    rejectPlaceholder: '申请人会看到驳回理由',
    commentRequired: '驳回时必须填写审批意见',
    steps: '审批步骤',
    step: '第 {n} 步',
    roleApprover: '角色：{role}',
    managerApprover: '部门负责人',
    approvedOk: '已同意',
    rejectedOk: '已驳回',
    emptyPending: '没有待我审批的申请',
    emptyMine: '没有申请',
    statuses: {
      PENDING: '审批中',
      APPROVED: '已通过',
      REJECTED: '已驳回',
      CANCELLED: '已撤回',
    },
    stepStatuses: {
      WAITING: '未开始',
      PENDING: '待审批',
      APPROVED: '已同意',
      REJECTED: '已驳回',
      SKIPPED: '已跳过',
    },
    subjectTypes: {
      customer_protection: '客户保护审核',
      customer_intent: '意向客户转化',
      customer_extension: '保护延期',
      contract: '合同审批',
      'customer_terms-change': '折扣/结算方式变更',
      'service_return-exchange': '退换货',
    },
    roles: {
      admin: '系统管理员',
      finance: '财务',
      reviewer: '审核员',
    },
  },
};

export default approval;
