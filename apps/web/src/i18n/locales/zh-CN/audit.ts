import type en from '../en/audit';
import type { Messages } from '../messages';

const audit: Messages<typeof en> = {
  audit: {
    at: '时间',
    actor: '操作人',
    action: '操作',
    entityType: '对象类型',
    entityId: '对象 ID',
    timeRange: '时间范围',
    from: '开始',
    to: '结束',
    before: '修改前',
    after: '修改后',
    requestId: '请求 ID',
    ip: 'IP',
    actions: {
      insert: '新增',
      update: '修改',
      delete: '删除',
      soft_delete: '删除',
      login: '登录',
      lock: '锁定',
      seed: '初始化数据',
      move: '移动',
      reset_password: '重置密码',
      update_roles: '修改角色',
      rule_set: '修改规则',
      rule_reset: '恢复默认规则',
      chain_set: '修改审批流程',
      submit: '提交审批',
      approve: '同意',
      reject: '驳回',
      cancel: '撤回',
    },
    entities: {
      User: '用户',
      Department: '部门',
      Role: '角色',
      ApiKey: 'API 密钥',
      DictionaryItem: '字典项',
      BusinessRule: '业务规则',
      Holiday: '节假日',
      ApprovalChain: '审批流程',
      ApprovalRequest: '审批申请',
    },
    system: '系统',
  },
};

export default audit;
