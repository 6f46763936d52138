import type en from '../en/home';
import type { Messages } from '../messages';

const home: Messages<typeof en> = {
  home: {
    welcome: '欢迎，{name}',
    subtitle: '以下是今天需要您关注的事项。',
    cards: {
      pendingApprovals: '待我审批',
      myCustomers: '我的客户',
      myFollowUpsDue: '我的待跟进',
      teamCustomers: '团队客户',
      teamFollowUpsDue: '团队待跟进',
      myOpenOpportunities: '我跟进中的机会',
      unassignedOpportunities: '待分配的机会',
      paymentsToConfirm: '待确认回款',
      myOverdueInstalments: '我的逾期回款',
      overdueInstalments: '逾期回款',
    },
    capped: '超过 {n}',
    countFailed: '暂时无法统计',
    retry: '重试',
    charts: {
      weekly: '每周动态',
      followUps: '跟进次数',
      newCustomers: '新增客户',
      funnel: '客户阶段分布',
      empty: '暂无数据',
    },
  },
};

export default home;
