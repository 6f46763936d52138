export default {
  home: {
    welcome: 'Welcome, {name}',
    subtitle: 'Here is what needs your attention today.',
    /** One title per home card (views/home/cards): the figure counts exactly the rows its link opens. */
    cards: {
      pendingApprovals: 'Awaiting my approval',
      myCustomers: 'My customers',
      myFollowUpsDue: 'My follow-ups due',
      teamCustomers: "Team's customers",
      teamFollowUpsDue: "Team's follow-ups due",
      myOpenOpportunities: 'My open opportunities',
      unassignedOpportunities: 'Opportunities to assign',
      paymentsToConfirm: 'Payments to confirm',
      myOverdueInstalments: 'My overdue instalments',
      overdueInstalments: 'Overdue instalments',
    },
    capped: 'More than {n}',
    countFailed: 'Could not be counted',
    retry: 'Retry',
    charts: {
      weekly: 'Per week',
      followUps: 'Follow-ups',
      newCustomers: 'New customers',
      funnel: 'Customers by stage',
      empty: 'Nothing yet',
    },
  },
};
