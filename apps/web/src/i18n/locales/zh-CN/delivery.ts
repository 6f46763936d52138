import type en from '../en/delivery';
import type { Messages } from '../messages';

const delivery: Messages<typeof en> = {
  delivery: {
    tab: '交付',
    progressTitle: '按产品行的交付进度',
    listTitle: '交付记录',
    empty: '暂无交付记录',
    notActive: '合同签订生效后方可登记交付。',
    fullyAccepted: '所有产品行均已全部交付并验收。',
    remainingHint: '待交付：{quantity}（订购 {ordered}）',
    quantityInvalid: '请输入大于 0、最多三位小数的数量，如 2 或 1.5',
    status: {
      PLANNED: '计划中',
      SHIPPED: '已发货',
      DELIVERED: '已送达',
      ACCEPTED: '已验收',
      CANCELLED: '已取消',
    },
    fields: {
      line: '产品行',
      quantity: '数量',
      status: '状态',
      ordered: '订购数量',
      delivered: '已送达',
      accepted: '已验收',
      remaining: '待交付',
      dates: '日期',
      plannedOn: '计划发货',
      shippedOn: '发货日期',
      carrier: '承运商 / 运单',
      trackingNote: '运单备注',
      note: '备注',
    },
    actions: {
      record: '登记交付',
      recorded: '交付已登记',
      ship: '发货',
      shipped: '已标记为发货',
      deliver: '送达',
      deliverConfirm: '确认 {what} 今日已送达？',
      deliverDone: '已标记为送达',
      accept: '验收',
      acceptConfirm: '确认客户今日验收 {what}？',
      acceptDone: '验收已登记',
      cancel: '取消',
      cancelConfirm: '取消 {what} 的交付？其数量将可重新交付。',
      cancelDone: '交付已取消',
    },
  },
};

export default delivery;
