import type en from '../en/home';
import type { Messages } from '../messages';

const home: Messages<typeof en> = {
  home: {
    welcome: '欢迎，{name}',
    subtitle: '以下是今天需要您关注的事项。',
    pendingApprovals: '待我审批',
    myCustomers: '我的客户',
    followUps: '待跟进',
    receivables: '待回款',
    comingSoon: '即将推出',
    openApprovals: '去审批中心',
  },
};

export default home;
