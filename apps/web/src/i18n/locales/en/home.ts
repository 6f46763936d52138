export default {
  home: {
    welcome: 'Welcome, {name}',
    subtitle: 'Here is what needs your attention today.',
    pendingApprovals: 'Pending approvals',
    myCustomers: 'My customers',
    followUps: 'Follow-ups due',
    receivables: 'Receivables due',
    comingSoon: 'Coming soon',
    openApprovals: 'Open approvals',
  },
};
