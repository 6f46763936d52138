import type en from '../en/layout';
import type { Messages } from '../messages';

const layout: Messages<typeof en> = {
  route: {
    home: '首页',
    system: '系统管理',
    users: '用户管理',
    departments: '部门管理',
    roles: '角色管理',
    dictionaries: '数据字典',
    rules: '业务规则',
    apiKeys: 'API 密钥',
    approvalChains: '审批流程',
    auditLogs: '审计日志',
    approvals: '审批中心',
    login: '登录',
    forbidden: '无权访问',
    notFound: '页面不存在',
    customerGroup: '客户',
    customers: '客户列表',
    customerDetail: '客户详情',
    contacts: '联系人',
    myProtected: '我的保护客户',
    customerPool: '公海',
    customerReviews: '客户保护审核',
    churnAlerts: '流失预警',
    customerCategories: '客户分类',
    salesGroup: '销售管理',
    opportunities: '销售机会',
    opportunityKanban: '销售看板',
    opportunityDetail: '销售机会详情',
    opportunityQueue: '待分配机会',
    salesFunnel: '销售漏斗',
    products: '产品目录',
    productCategories: '产品线',
  },
  layout: {
    toggleSidebar: '折叠或展开菜单',
    changePassword: '修改密码',
    logout: '退出登录',
    bell: {
      badge: '提醒 {reminders} 条（逾期 {overdue} 条），待我审批 {approvals} 条',
      approvals: '待我审批',
      all: '全部（{n}）',
      noApprovals: '暂无待审批',
      home: '首页',
    },
  },
};

export default layout;
