import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApprovalService, ApprovalSubjectType } from '@kehu/server-approval';
import { AppConfig, Clock, Principal, requestContext, writeAudit } from '@kehu/server-core';
import { OrgDirectory, PrincipalService } from '@kehu/server-permissions';
import { RulesService } from '@kehu/server-settings';
import { DataSource, EntityManager } from 'typeorm';
import { ChurnService } from '../churn/churn.service';
import { ContactsService } from '../contacts/contacts.service';
import { LifecycleAction, Stage } from '../lifecycle/customer-lifecycle';
import { CustomerLifecycleService } from '../lifecycle/customer-lifecycle.service';
import { CustomersService } from '../customers/customers.service';
import { CreateContactDto } from '../contacts/contact.dto';
import { CreateCustomerDto } from '../customers/customer.dto';
import { endOfBusinessDay, FollowUpsService } from '../follow-ups/follow-ups.service';
import { PoolService } from '../pool/pool.service';
import { CustomerStore } from '../storage/customer-store';
import { ProtectionService } from '../lifecycle/protection.service';
import { DemoRepository } from './demo.repository';

/** Demo users (permissions.seeder.ts DEMO_USERS) who act in the demo customers' stories. */
export type DemoActor = 'rep1' | 'rep2' | 'rep3' | 'manager' | 'reviewer' | 'service' | 'exec';
const ACTORS: readonly DemoActor[] = ['rep1', 'rep2', 'rep3', 'manager', 'reviewer', 'service', 'exec'];

/**
 * One event of a customer's story, `at` days before now (fractions allowed). The steps of a story
 * are in time order (`at` never grows). Owner actions are taken by the owner of that moment.
 */
export type DemoStep = { at: number } & (
  | { do: 'approve'; comment?: string }
  | { do: 'reject'; reason: string }
  | { do: 'request-intent'; reason: string }
  | { do: 'approve-intent'; comment?: string }
  | { do: 'request-extension'; days: number; reason: string }
  | {
      do: 'follow-up';
      method: 'phone' | 'visit' | 'email' | 'wechat' | 'meeting';
      summary: string;
      result?: 'A' | 'B' | 'C' | 'D' | 'E';
      place?: string;
      /** Index into the customer's contacts. */
      contact?: number;
      /** Next contact time in days from now (negative: overdue), or 16:00 today (business time zone); default: see plannedNext. */
      next?: number | 'today';
    }
  | { do: 'sign'; by: DemoActor; afterSales?: DemoActor }
  | { do: 'abandon'; reason: string }
  | { do: 'expire' }
  | { do: 'claim'; by: DemoActor }
  | { do: 'churn-job' }
  | { do: 'defer-churn'; measure: string }
  | { do: 'confirm-loss'; reason: string }
);

export interface DemoCustomer {
  /** The stage the story ends in (what the test checks). */
  stage: Stage;
  /** Who enters the customer. */
  owner: DemoActor;
  /** Entered this many days ago. */
  created: number;
  fields: CreateCustomerDto;
  contacts: CreateContactDto[];
  story: DemoStep[];
}

const DAY_MS = 86_400_000;

/**
 * The next contact of a follow-up whose story gives none (a follow-up always names one, rule
 * `followUpRequiresNextContact`): the customer's next follow-up, or a month ahead after its last.
 */
function plannedNext(spec: DemoCustomer, step: DemoStep): number {
  const later = spec.story.slice(spec.story.indexOf(step) + 1).find((s) => s.do === 'follow-up');
  return later ? -later.at : 30;
}

/**
 * The demo company's customers (README "Demo company"): invented companies (full legal name =
 * region + trade name + industry + legal form), spread over the three demo reps, in every stage
 * of the lifecycle. Phone numbers are unique, e-mail and web addresses use example.com.
 */
export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  // ── POTENTIAL, pending the reviewer ────────────────────────────────────────────────
  {
    stage: Stage.PotentialPending,
    owner: 'rep1',
    created: 0.2,
    fields: {
      name: '潍坊市鲁丰农业机械有限公司', shortName: '鲁丰农机', industry: 'machinery', region: 'shandong', source: 'phone', level: 'normal',
      address: '山东省潍坊市坊子区凤山路 318 号', phone: '0536-83127755',
      description: '生产播种机、玉米收获机，计划更新液压传动系统，年需求液压件约 4000 套',
    },
    contacts: [{ name: '孔德明', gender: 'male', title: '采购部经理', mobile: '13905361127' }],
    story: [{ at: 0.1, do: 'follow-up', method: 'phone', summary: '首次电话沟通，客户对配套液压件有兴趣，约定寄送样本', result: 'E', next: 4 }],
  },
  {
    stage: Stage.PotentialPending,
    owner: 'rep2',
    created: 1,
    fields: {
      name: '厦门市鹭岛纺织服装有限公司', shortName: '鹭岛纺织', industry: 'textile', region: 'fujian', source: 'exhibition', level: 'normal',
      address: '福建省厦门市集美区杏林湾路 56 号', phone: '0592-56038812', email: 'purchase@ludao-textile.example.com',
      description: '外贸针织服装加工，两个生产基地，正在评估车间空调与除湿系统改造',
    },
    contacts: [
      { name: '林雅婷', gender: 'female', title: '行政总监', mobile: '13859201846', email: 'lin.yt@ludao-textile.example.com' },
      { name: '黄志强', gender: 'male', title: '设备主管', mobile: '13906027731' },
    ],
    story: [{ at: 0.8, do: 'follow-up', method: 'wechat', summary: '展会后微信跟进，发送车间除湿改造案例', result: 'C', next: 5 }],
  },
  {
    stage: Stage.PotentialPending,
    owner: 'rep3',
    created: 0.5,
    fields: {
      name: '重庆市山城电力工程有限公司', shortName: '山城电力', industry: 'energy', region: 'chongqing', source: 'referral', level: 'key_prospect',
      address: '重庆市渝北区金开大道 1217 号', phone: '023-67852091',
      description: '输变电工程总包，承接园区配电项目，需要配电柜温控及机房精密空调',
    },
    contacts: [{ name: '冉光荣', gender: 'male', title: '项目经理', mobile: '13983620457' }],
    story: [],
  },
  // ── POTENTIAL, protected ───────────────────────────────────────────────────────────
  {
    stage: Stage.PotentialProtected,
    owner: 'rep1',
    created: 29,
    fields: {
      name: '无锡市恒润精密机械有限公司', shortName: '恒润机械', industry: 'machinery', region: 'jiangsu', source: 'exhibition', level: 'key_prospect', grade: 'C',
      address: '江苏省无锡市新吴区锡兴路 58 号', phone: '0510-85231168', website: 'https://hengrun-machinery.example.com', creditRating: 4,
      legalRepresentative: '周国平', registeredCapital: '20000000.00',
      description: '数控机床零部件精加工，新建二号车间，需要恒温恒湿空调及冷却系统',
    },
    contacts: [
      { name: '周建华', gender: 'male', title: '采购部经理', mobile: '13905101234', birthday: '1976-04-18' },
      { name: '钱晓燕', gender: 'female', title: '设备科主管', mobile: '13771105562' },
    ],
    story: [
      { at: 28.5, do: 'approve', comment: '资料完整，同意保护' },
      { at: 27, do: 'follow-up', method: 'visit', summary: '上门拜访，了解二号车间扩产计划与温控要求', result: 'C', place: '客户公司会议室', contact: 0 },
      { at: 6, do: 'follow-up', method: 'phone', summary: '电话确认技术交流会时间，客户仍在比价', result: 'E', contact: 1, next: 4 },
    ],
  },
  {
    stage: Stage.PotentialProtected,
    owner: 'rep2',
    created: 28,
    fields: {
      name: '佛山市顺德区美佳电器有限公司', shortName: '美佳电器', industry: 'electronics', region: 'guangdong', source: 'web_form', level: 'normal',
      address: '广东省佛山市顺德区容桂街道华口工业大道 16 号', phone: '0757-22316688',
      description: '小家电整机制造，年产电风扇、取暖器约 80 万台，考虑更换电机供应商',
    },
    contacts: [{ name: '梁嘉豪', gender: 'male', title: '采购主管', mobile: '13630156689' }],
    story: [
      { at: 27.6, do: 'approve' },
      { at: 20, do: 'follow-up', method: 'phone', summary: '电话介绍产品线，客户表示年中再议', result: 'E' },
      { at: 3, do: 'follow-up', method: 'wechat', summary: '发送新款电机样品测试报告', result: 'B', next: 2 },
    ],
  },
  {
    stage: Stage.PotentialProtected,
    owner: 'rep1',
    created: 12,
    fields: {
      name: '南通市通达汽车零部件有限公司', shortName: '通达汽配', industry: 'automotive', region: 'jiangsu', source: 'cold_call', level: 'normal',
      address: '江苏省南通市经济技术开发区通达路 9 号', phone: '0513-85562301',
      description: '汽车座椅骨架冲压焊接，为两家整车厂配套，焊装车间需要通风降温方案',
    },
    contacts: [{ name: '顾海峰', gender: 'male', title: '厂长', mobile: '13962807315' }],
    story: [
      { at: 11.8, do: 'approve' },
      { at: 9, do: 'follow-up', method: 'visit', summary: '现场查看焊装车间，测量通风面积', result: 'C', place: '客户焊装车间' },
      { at: 2, do: 'follow-up', method: 'phone', summary: '客户要求今天下班前回电确认方案报价', result: 'B', next: 'today' },
    ],
  },
  {
    stage: Stage.PotentialProtected,
    owner: 'rep3',
    created: 8,
    fields: {
      name: '沈阳北方重型机床有限公司', shortName: '北方机床', industry: 'machinery', region: 'liaoning', source: 'exhibition', level: 'major',
      address: '辽宁省沈阳市铁西区北二西路 45 号', phone: '024-25871136', creditRating: 3,
      description: '重型龙门铣床制造，老厂区搬迁，需要整体厂房暖通和压缩空气系统',
    },
    contacts: [
      { name: '赵振东', gender: 'male', title: '基建处处长', mobile: '13804027719' },
      { name: '孙丽娜', gender: 'female', title: '采购专员', mobile: '13998315520' },
    ],
    story: [
      { at: 7.9, do: 'approve' },
      { at: 5, do: 'follow-up', method: 'meeting', summary: '参加新厂区暖通方案交流会', result: 'B', contact: 0, next: 7 },
    ],
  },
  {
    stage: Stage.PotentialProtected,
    owner: 'rep2',
    created: 20,
    fields: {
      name: '上海浦江信息技术有限公司', shortName: '浦江信息', industry: 'it', region: 'shanghai', source: 'referral', level: 'key_prospect',
      address: '上海市闵行区虹梅南路 1689 号 3 幢', phone: '021-64381270', website: 'https://pujiang-it.example.com',
      description: '数据中心运维服务商，新建两个模块化机房，需要精密空调与冷通道改造',
    },
    contacts: [{ name: '沈一鸣', gender: 'male', title: '技术总监', mobile: '13816270934', email: 'shen.ym@pujiang-it.example.com' }],
    story: [
      { at: 19.7, do: 'approve' },
      { at: 12, do: 'follow-up', method: 'visit', summary: '拜访技术总监，确认机房热负荷参数', result: 'B' },
      { at: 1.2, do: 'follow-up', method: 'meeting', summary: '客户确认预算约 80 万元，要求提交正式报价', result: 'A', next: 3 },
      { at: 1, do: 'request-intent', reason: '客户已确认采购预算约 80 万元，要求下周提交正式报价' },
    ],
  },
  {
    stage: Stage.PotentialProtected,
    owner: 'rep1',
    created: 26,
    fields: {
      name: '芜湖市江城汽车配件有限公司', shortName: '江城汽配', industry: 'automotive', region: 'anhui', source: 'campaign', level: 'normal',
      address: '安徽省芜湖市鸠江区银湖北路 77 号', phone: '0553-58621045',
      description: '汽车空调管路总成，年度招标采购压缩机及冷凝器',
    },
    contacts: [{ name: '吴晓东', gender: 'male', title: '供应链经理', mobile: '13955307281' }],
    story: [
      { at: 25.8, do: 'approve' },
      { at: 15, do: 'follow-up', method: 'visit', summary: '拜访供应链经理，获取年度招标时间表', result: 'C' },
      { at: 1, do: 'follow-up', method: 'phone', summary: '客户通知招标推迟至下月', result: 'E', next: 6 },
      { at: 0.5, do: 'request-extension', days: 10, reason: '客户年度采购招标推迟至下月，需延长保护期继续跟进' },
    ],
  },
  {
    stage: Stage.PotentialProtected,
    owner: 'rep2',
    created: 60,
    fields: {
      name: '泉州市闽南鞋业有限公司', shortName: '闽南鞋业', industry: 'textile', region: 'fujian', source: 'phone', level: 'normal',
      address: '福建省泉州市晋江市陈埭镇鞋都路 203 号', phone: '0595-22856630',
      description: '运动鞋代工，三条成型生产线，车间夏季高温，需要节能降温设备',
    },
    contacts: [{ name: '许文彬', gender: 'male', title: '总经理', mobile: '13905958842' }],
    story: [
      { at: 59.5, do: 'approve' },
      { at: 50, do: 'follow-up', method: 'phone', summary: '电话回访，客户今年暂无改造预算', result: 'D' },
      { at: 35, do: 'abandon', reason: '客户今年暂无改造预算' },
      { at: 10, do: 'claim', by: 'rep3' },
      { at: 6, do: 'follow-up', method: 'visit', summary: '重新接洽，客户新厂房明年投产，有降温需求', result: 'B', next: 9 },
    ],
  },
  // ── POTENTIAL, protection rejected by the reviewer ─────────────────────────────────
  {
    stage: Stage.PotentialRejected,
    owner: 'rep2',
    created: 1.5,
    fields: {
      name: '成都市蓉欣医疗器械有限公司', shortName: '蓉欣医疗', industry: 'medical', region: 'sichuan', source: 'web_form', level: 'normal',
      address: '四川省成都市高新区天府大道', phone: '028-85217736',
      description: '医用洁净设备经销，为医院手术室改造项目采购净化空调机组',
    },
    contacts: [{ name: '何静怡', gender: 'female', title: '商务经理', mobile: '13708064491' }],
    story: [{ at: 0.3, do: 'reject', reason: '地址缺少门牌号，与营业执照注册地址不一致，请核实补充后重新提交' }],
  },
  // ── INTENT ─────────────────────────────────────────────────────────────────────────
  {
    stage: Stage.Intent,
    owner: 'rep1',
    created: 34,
    fields: {
      name: '常州市金坛暖通设备有限公司', shortName: '金坛暖通', industry: 'hvac', region: 'jiangsu', source: 'exhibition', level: 'key_prospect', grade: 'B',
      address: '江苏省常州市金坛区华城路 260 号', phone: '0519-82366815', creditRating: 4,
      description: '暖通工程安装商，承接商业综合体项目，采购风冷热泵机组',
    },
    contacts: [
      { name: '蒋立新', gender: 'male', title: '总经理', mobile: '13915039926' },
      { name: '王芳', gender: 'female', title: '采购专员', mobile: '13861190375' },
    ],
    story: [
      { at: 33.8, do: 'approve' },
      { at: 30, do: 'follow-up', method: 'visit', summary: '拜访总经理，介绍热泵机组及工程案例', result: 'C', contact: 0 },
      { at: 7, do: 'request-intent', reason: '客户确认新项目暖通预算，约定提交技术方案' },
      { at: 6.5, do: 'approve-intent', comment: '同意转为意向客户' },
      { at: 4, do: 'follow-up', method: 'meeting', summary: '技术方案交流会，客户要求补充节能测算', result: 'B', contact: 1, next: -1 },
    ],
  },
  {
    stage: Stage.Intent,
    owner: 'rep2',
    created: 35,
    fields: {
      name: '嘉兴市禾丰制冷设备有限公司', shortName: '禾丰制冷', industry: 'hvac', region: 'zhejiang', source: 'referral', level: 'normal',
      address: '浙江省嘉兴市南湖区亚太路 908 号', phone: '0573-82209517',
      description: '冷库及冷链设备集成商，年采购压缩冷凝机组约 600 台',
    },
    contacts: [{ name: '陆建平', gender: 'male', title: '采购经理', mobile: '13857320618' }],
    story: [
      { at: 34.7, do: 'approve' },
      { at: 25, do: 'follow-up', method: 'phone', summary: '电话沟通年度采购框架', result: 'C' },
      { at: 9, do: 'request-intent', reason: '客户已发出询价函，预计采购 150 台机组' },
      { at: 8.6, do: 'approve-intent' },
      { at: 5, do: 'follow-up', method: 'visit', summary: '送样并现场讲解能效参数', result: 'B', next: 4 },
    ],
  },
  {
    stage: Stage.Intent,
    owner: 'rep1',
    created: 22,
    fields: {
      name: '青岛海晟食品有限公司', shortName: '海晟食品', industry: 'food', region: 'shandong', source: 'campaign', level: 'normal',
      address: '山东省青岛市城阳区春阳路 167 号', phone: '0532-86675203',
      description: '海产品深加工，新建 5000 吨冷库，需要冷库制冷机组',
    },
    contacts: [{ name: '于海涛', gender: 'male', title: '工程部经理', mobile: '13969812047' }],
    story: [
      { at: 21.9, do: 'approve' },
      { at: 15, do: 'follow-up', method: 'visit', summary: '现场勘察冷库工地', result: 'B', place: '客户新冷库工地' },
      { at: 4, do: 'request-intent', reason: '客户冷库土建完工，要求报价' },
      { at: 3.8, do: 'approve-intent' },
      { at: 2, do: 'follow-up', method: 'email', summary: '发送冷库制冷机组报价单', result: 'B', next: 3 },
    ],
  },
  // ── FORMAL ─────────────────────────────────────────────────────────────────────────
  {
    stage: Stage.Formal,
    owner: 'rep1',
    created: 150,
    fields: {
      name: '宁波市海曙区东升塑料制品厂', shortName: '东升塑料', industry: 'manufacturing', region: 'zhejiang', source: 'cold_call', level: 'major', grade: 'A',
      address: '浙江省宁波市海曙区望春工业园区杉杉路 118 号', phone: '0574-87321590', creditRating: 5, satisfaction: 4,
      legalRepresentative: '陈东升', registeredCapital: '8000000.00', taxNumber: '91330203MA2AB1C23X',
      description: '注塑制品加工，40 台注塑机，模温机及冷水机组长期采购',
    },
    contacts: [
      { name: '陈东升', gender: 'male', title: '厂长', mobile: '13805745516' },
      { name: '应丽君', gender: 'female', title: '财务主管', mobile: '13958281460' },
    ],
    story: [
      { at: 149.8, do: 'approve' },
      { at: 140, do: 'follow-up', method: 'visit', summary: '首次拜访厂长，了解冷水机组使用情况', result: 'C', contact: 0 },
      { at: 132, do: 'request-intent', reason: '客户计划更换 6 台冷水机组' },
      { at: 131.5, do: 'approve-intent' },
      { at: 125, do: 'follow-up', method: 'meeting', summary: '商务谈判，双方就价格与付款方式达成一致', result: 'A', contact: 0 },
      { at: 120, do: 'sign', by: 'manager', afterSales: 'service' },
      { at: 30, do: 'follow-up', method: 'visit', summary: '售后回访，设备运行正常，客户有二期扩产意向', result: 'B', contact: 0, next: 12 },
    ],
  },
  {
    stage: Stage.Formal,
    owner: 'rep2',
    created: 100,
    fields: {
      name: '温州市华顺阀门股份有限公司', shortName: '华顺阀门', industry: 'machinery', region: 'zhejiang', source: 'exhibition', level: 'partner', grade: 'B',
      address: '浙江省温州市龙湾区永强大道 2288 号', phone: '0577-86952218', creditRating: 4,
      description: '工业阀门制造，铸造车间与装配车间需要工业空调和除尘通风',
    },
    contacts: [{ name: '郑浩然', gender: 'male', title: '副总经理', mobile: '13906648835' }],
    story: [
      { at: 99.6, do: 'approve' },
      { at: 85, do: 'request-intent', reason: '客户通过技术评审，进入商务阶段' },
      { at: 84.7, do: 'approve-intent' },
      { at: 78, do: 'follow-up', method: 'meeting', summary: '合同条款谈判，确认分三期付款', result: 'A' },
      { at: 70, do: 'sign', by: 'manager', afterSales: 'service' },
      { at: 14, do: 'follow-up', method: 'phone', summary: '回访设备运行，客户询问备件价格', result: 'B', next: 10 },
    ],
  },
  {
    stage: Stage.Formal,
    owner: 'rep3',
    created: 90,
    fields: {
      name: '郑州市中原建工集团有限公司', shortName: '中原建工', industry: 'construction', region: 'henan', source: 'partner', level: 'strategic_partner', grade: 'A',
      address: '河南省郑州市金水区农业路 72 号', phone: '0371-65583342', creditRating: 5,
      description: '建筑施工总承包特级资质，年承接公建项目数十个，集中采购中央空调设备',
    },
    contacts: [
      { name: '张国强', gender: 'male', title: '物资采购中心主任', mobile: '13703718826' },
      { name: '李慧', gender: 'female', title: '合同管理员', mobile: '13598040317' },
    ],
    story: [
      { at: 89.7, do: 'approve' },
      { at: 75, do: 'follow-up', method: 'visit', summary: '拜访物资采购中心，参加供应商资格审核', result: 'B', contact: 0 },
      { at: 60, do: 'sign', by: 'exec', afterSales: 'service' },
      { at: 20, do: 'follow-up', method: 'visit', summary: '季度回访，讨论下一批项目的设备清单', result: 'C', contact: 1, next: 15 },
    ],
  },
  {
    stage: Stage.Formal,
    owner: 'rep3',
    created: 45,
    fields: {
      name: '合肥市天宇新能源科技有限公司', shortName: '天宇新能源', industry: 'energy', region: 'anhui', source: 'web_form', level: 'key_prospect',
      address: '安徽省合肥市高新区望江西路 860 号', phone: '0551-63390726',
      description: '储能电池 PACK 生产，电芯车间需要恒温恒湿环境',
    },
    contacts: [{ name: '方志远', gender: 'male', title: '运营总监', mobile: '13856092273' }],
    story: [
      { at: 44.5, do: 'approve' },
      { at: 38, do: 'follow-up', method: 'meeting', summary: '方案确认，客户同意签约', result: 'A' },
      { at: 30, do: 'sign', by: 'exec' },
      { at: 7, do: 'follow-up', method: 'phone', summary: '确认安装进度，客户满意', result: 'B', next: 20 },
    ],
  },
  {
    stage: Stage.Formal,
    owner: 'rep1',
    created: 320,
    fields: {
      name: '苏州工业园区瑞科电子科技有限公司', shortName: '瑞科电子', industry: 'electronics', region: 'jiangsu', source: 'exhibition', level: 'major', grade: 'B',
      address: '江苏省苏州市工业园区星湖街 328 号', phone: '0512-62835517', creditRating: 3,
      description: 'SMT 贴片加工，洁净车间精密空调及备件长期合作',
    },
    contacts: [
      { name: '徐明', gender: 'male', title: '设施部经理', mobile: '13913107764' },
      { name: '蔡文娟', gender: 'female', title: '采购工程师', mobile: '13606218853' },
    ],
    story: [
      { at: 319.6, do: 'approve' },
      { at: 305, do: 'request-intent', reason: '客户洁净车间改造立项' },
      { at: 304.5, do: 'approve-intent' },
      { at: 298, do: 'follow-up', method: 'meeting', summary: '签约前最终商务谈判', result: 'A', contact: 0 },
      { at: 290, do: 'sign', by: 'manager', afterSales: 'service' },
      { at: 200, do: 'follow-up', method: 'phone', summary: '客户反馈今年订单下滑，采购计划暂缓', result: 'E', contact: 1 },
      // Six months and more without a new contract: the nightly churn job raises an alert.
      { at: 1, do: 'churn-job' },
    ],
  },
  // ── Public pool ────────────────────────────────────────────────────────────────────
  {
    stage: Stage.Pool,
    owner: 'rep2',
    created: 15,
    fields: {
      name: '东莞市鑫达五金制品有限公司', shortName: '鑫达五金', industry: 'manufacturing', region: 'guangdong', source: 'cold_call', level: 'normal',
      address: '广东省东莞市长安镇锦厦河东工业区 12 号', phone: '0769-22681903',
      description: '五金冲压件加工，车间通风降温',
    },
    contacts: [{ name: '邓伟雄', gender: 'male', title: '老板', mobile: '13712850346' }],
    story: [
      { at: 14.8, do: 'approve' },
      { at: 10, do: 'follow-up', method: 'visit', summary: '客户已与竞争对手签订年度框架协议', result: 'D' },
      { at: 1, do: 'abandon', reason: '客户已与竞争对手签订年度框架协议，暂无采购需求' },
    ],
  },
  {
    stage: Stage.Pool,
    owner: 'rep3',
    created: 45,
    fields: {
      name: '武汉华中冷链物流有限公司', shortName: '华中冷链', industry: 'logistics', region: 'hubei', source: 'phone', level: 'normal',
      address: '湖北省武汉市东西湖区走马岭革新大道 1号', phone: '027-84715369',
      description: '第三方冷链仓储，规划新建分拨中心冷库',
    },
    contacts: [{ name: '胡俊', gender: 'male', title: '仓储经理', mobile: '13871250984' }],
    story: [
      { at: 44.6, do: 'approve' },
      { at: 30, do: 'follow-up', method: 'phone', summary: '客户新库选址未定，项目暂停', result: 'E' },
      // Protection ran out 14.6 days ago: released by the reclaim job's rule.
      { at: 14.5, do: 'expire' },
    ],
  },
  {
    stage: Stage.Pool,
    owner: 'rep1',
    created: 60,
    fields: {
      name: '绍兴市柯桥区锦绣印染有限公司', shortName: '锦绣印染', industry: 'textile', region: 'zhejiang', source: 'referral', level: 'normal',
      address: '浙江省绍兴市柯桥区滨海工业区马欢路 45 号', phone: '0575-84120077',
      description: '印染加工，定型机余热回收及车间降温改造',
    },
    contacts: [
      { name: '金国良', gender: 'male', title: '生产副总', mobile: '13957532706' },
      { name: '俞佳', gender: 'female', title: '办公室主任', mobile: '13867561129' },
    ],
    story: [
      { at: 59.7, do: 'approve' },
      { at: 50, do: 'follow-up', method: 'visit', summary: '考察定型机车间，测算余热回收收益', result: 'B', contact: 0 },
      { at: 40, do: 'request-intent', reason: '客户认可余热回收方案，申请立项' },
      { at: 39.5, do: 'approve-intent' },
      { at: 30, do: 'follow-up', method: 'phone', summary: '客户立项被董事会搁置', result: 'C', contact: 1 },
      // INTENT without a contract for 15 days: released.
      { at: 24, do: 'expire' },
    ],
  },
  // ── LOST (churn confirmed) ─────────────────────────────────────────────────────────
  {
    stage: Stage.Lost,
    owner: 'rep2',
    created: 400,
    fields: {
      name: '天津市滨海化工有限责任公司', shortName: '滨海化工', industry: 'chemicals', region: 'tianjin', source: 'exhibition', level: 'major', grade: 'C',
      address: '天津市滨海新区临港经济区渤海十路 36 号', phone: '022-25319648', creditRating: 3,
      description: '精细化工生产，防爆空调及工艺冷却设备',
    },
    contacts: [{ name: '刘振华', gender: 'male', title: '设备部部长', mobile: '13802176603' }],
    story: [
      { at: 399.5, do: 'approve' },
      { at: 390, do: 'request-intent', reason: '客户防爆空调更新项目立项' },
      { at: 389.6, do: 'approve-intent' },
      { at: 380, do: 'sign', by: 'manager', afterSales: 'service' },
      { at: 300, do: 'follow-up', method: 'visit', summary: '年度回访，客户抱怨价格偏高', result: 'B' },
      { at: 190, do: 'churn-job' },
      { at: 185, do: 'defer-churn', measure: '安排技术回访，提供年度保养优惠' },
      { at: 170, do: 'follow-up', method: 'phone', summary: '客户已引入另一家供应商比价', result: 'D' },
      { at: 150, do: 'confirm-loss', reason: '客户转向竞争对手，价格差距较大' },
    ],
  },
  {
    stage: Stage.Lost,
    owner: 'rep3',
    created: 500,
    fields: {
      name: '长沙市湘江制药股份有限公司', shortName: '湘江制药', industry: 'pharma', region: 'hunan', source: 'referral', level: 'major',
      address: '湖南省长沙市岳麓区麓谷大道 627 号', phone: '0731-84456620',
      description: 'GMP 洁净厂房空调净化系统',
    },
    contacts: [{ name: '彭湘云', gender: 'female', title: '工程部经理', mobile: '13807318845' }],
    story: [
      { at: 499.6, do: 'approve' },
      { at: 490, do: 'follow-up', method: 'visit', summary: '参观洁净厂房，确认净化等级要求', result: 'B' },
      { at: 470, do: 'sign', by: 'exec', afterSales: 'service' },
      { at: 350, do: 'follow-up', method: 'phone', summary: '客户计划整体搬迁新园区', result: 'C' },
      { at: 280, do: 'churn-job' },
      { at: 270, do: 'confirm-loss', reason: '客户生产线停产搬迁，采购需求消失' },
    ],
  },
];

/**
 * Seeds the demo customers once, when the demo company is on (KEHU_DEMO): each customer's story
 * is played through the real services — entry with the duplicate check, contacts, follow-ups,
 * approvals decided by the approvers the chains name, intent, extension, abandon, claim, the
 * release rule, signing, the churn job, defer and confirm — so every rule, history row, approval
 * and audit entry is the product's own.
 *
 * A story spans months, the services act at the injected clock's now: each step is played now,
 * and before the next one the customer's rows so far (its timestamps, history, approvals,
 * contacts, follow-ups, churn alerts) are moved back by the time between the two steps, so in
 * the end every event sits at its `at` days before now. Audit rows keep the time they were written.
 */
@Injectable()
export class DemoCustomersSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly principals: PrincipalService,
    private readonly org: OrgDirectory,
    private readonly rules: RulesService,
    private readonly approvals: ApprovalService,
    private readonly customers: CustomersService,
    private readonly contacts: ContactsService,
    private readonly followUps: FollowUpsService,
    private readonly lifecycle: CustomerLifecycleService,
    private readonly protection: ProtectionService,
    private readonly pool: PoolService,
    private readonly churn: ChurnService,
    private readonly demo: DemoRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    // Demo data is a nicety: a failure is reported, it does not stop the server.
    try {
      const result = await this.seed();
      if (result.seeded) this.logger.log(`seeded ${result.seeded} demo customers`);
    } catch (error) {
      this.logger.error(`demo customers not seeded: ${(error as Error).message}`, (error as Error).stack);
    }
  }

  /**
   * Plays the demo stories unless the demo is off, they were played before (a customer of that
   * name exists, even deleted) or the demo users are gone. Replicas starting together queue on
   * an advisory lock; the later ones find the customers and skip. A run that failed half-way is
   * not repeated either (its first customers exist). The `churn-job` steps run the real nightly
   * job, which raises the alerts of any customer due, as it would that night anyway.
   */
  async seed(): Promise<{ seeded: number; skipped?: 'demo-off' | 'already-seeded' | 'demo-users-missing' }> {
    if (!this.config.demo) return { seeded: 0, skipped: 'demo-off' };
    const session = this.db.createQueryRunner();
    await session.connect();
    try {
      await this.demo.lock(session);
      try {
        if ((await this.demo.countNamed(DEMO_CUSTOMERS.map((c) => c.fields.name))) > 0) return { seeded: 0, skipped: 'already-seeded' };
        const people = await this.demoPeople();
        if (!people) return { seeded: 0, skipped: 'demo-users-missing' };
        for (const spec of DEMO_CUSTOMERS) await this.play(spec, people);
        await writeAudit(this.db.manager, {
          action: 'SEED',
          entityType: 'Customer',
          after: { demo: true, customers: DEMO_CUSTOMERS.length },
          actorId: null,
          actorName: 'system',
        });
        return { seeded: DEMO_CUSTOMERS.length };
      } finally {
        await this.demo.unlock(session);
      }
    } finally {
      await session.release();
    }
  }

  private async demoPeople(): Promise<Map<DemoActor, Principal> | null> {
    const rows = await this.demo.activeUsers(ACTORS);
    const people = new Map<DemoActor, Principal>();
    for (const row of rows) {
      const principal = await this.principals.forUser(row.id);
      if (principal) people.set(row.username, principal);
    }
    const missing = ACTORS.filter((a) => !people.has(a));
    if (missing.length) {
      this.logger.warn(`demo customers not seeded: demo users missing (${missing.join(', ')})`);
      return null;
    }
    return people;
  }

  /** One customer's story, step by step (see the class comment for how time is laid out). */
  private async play(spec: DemoCustomer, people: Map<DemoActor, Principal>): Promise<void> {
    const who = (actor: DemoActor) => people.get(actor) as Principal;
    const creator = who(spec.owner);
    const customer = await this.as(creator, (p) => this.customers.create(p, spec.fields));
    const id = customer.id;
    const contactIds: string[] = [];
    for (const contact of spec.contacts) contactIds.push((await this.as(creator, (p) => this.contacts.create(p, id, contact))).id);
    // Creation times come from the database's clock: align them with the injected one.
    const now = this.clock.now();
    await CustomerStore.setCreatedAt(this.db.manager, id, now);
    await this.demo.setContactsCreatedAt(id, now);

    let owner: DemoActor | null = spec.owner;
    const currentOwner = (step: DemoStep) => {
      if (!owner) throw new Error(`demo seed: ${spec.fields.name} has no owner for ${step.do}`);
      return who(owner);
    };
    let cursor = spec.created;
    for (const step of spec.story) {
      if (step.at > cursor) throw new Error(`demo seed: ${spec.fields.name}: steps out of order at ${step.do}`);
      const gap = cursor - step.at;
      cursor = step.at;
      if (step.do === 'expire') {
        // The reclaim job's rule for one customer; back-dated and released in one transaction, so
        // the job itself skips the locked row meanwhile.
        await this.db.transaction(async (tx) => {
          await this.rewind(tx, id, gap);
          const locked = await this.lifecycle.lock(tx, id);
          await this.lifecycle.apply(tx, locked, LifecycleAction.Expire, { actorId: null, reason: 'protection expired' });
        });
        owner = null;
        continue;
      }
      await this.rewind(this.db.manager, id, gap);
      switch (step.do) {
        case 'approve':
          await this.decide(people, ApprovalSubjectType.CustomerProtection, id, 'approve', step.comment ?? '资料完整，同意保护');
          break;
        case 'reject':
          await this.decide(people, ApprovalSubjectType.CustomerProtection, id, 'reject', step.reason);
          break;
        case 'request-intent':
          await this.as(currentOwner(step), (p) => this.protection.requestIntent(p, id, { reason: step.reason }));
          break;
        case 'approve-intent':
          await this.decide(people, ApprovalSubjectType.CustomerIntent, id, 'approve', step.comment ?? '同意');
          break;
        case 'request-extension':
          await this.as(currentOwner(step), (p) => this.protection.requestExtension(p, id, { days: step.days, reason: step.reason }));
          break;
        case 'follow-up': {
          const occurredAt = this.clock.now();
          const next = await this.nextContactAt(step.next ?? plannedNext(spec, step), step.at, occurredAt);
          const followUp = await this.as(currentOwner(step), (p) =>
            this.followUps.create(p, id, {
              method: step.method,
              occurredAt: occurredAt.toISOString(),
              summary: step.summary,
              result: step.result ?? null,
              place: step.place ?? null,
              contactId: step.contact !== undefined ? contactIds[step.contact] : null,
              nextContactAt: next?.toISOString() ?? null,
            }),
          );
          await this.demo.followUpCreatedWhenHeld(followUp.id);
          break;
        }
        case 'sign':
          // A deal signed before the demo's contracts: the customer side of signing, as the contract module calls it.
          await this.as(who(step.by), (p) =>
            this.db.transaction((tx) =>
              this.lifecycle.markFormal(tx, id, { signedAt: this.clock.now(), signedBy: p.userId, afterSalesOwnerId: step.afterSales ? who(step.afterSales).userId : null }, p.userId),
            ),
          );
          break;
        case 'abandon':
          await this.as(currentOwner(step), (p) => this.pool.abandon(p, id, { reason: step.reason }));
          owner = null;
          break;
        case 'claim':
          await this.as(who(step.by), (p) => this.pool.claim(p, id));
          owner = step.by;
          // With the claimNeedsReview rule on, the claim waits for the reviewer like a new entry.
          if (await this.approvals.pendingFor(this.db.manager, ApprovalSubjectType.CustomerProtection, id)) {
            await this.decide(people, ApprovalSubjectType.CustomerProtection, id, 'approve', '资料完整，同意保护');
          }
          break;
        case 'churn-job':
          await this.churn.raiseDue();
          await this.demo.churnAlertsCreatedWhenRaised(id);
          break;
        case 'defer-churn':
          await this.as(currentOwner(step), async (p) => this.churn.defer(p, await this.activeAlert(id), { measure: step.measure }));
          break;
        case 'confirm-loss':
          await this.as(currentOwner(step), async (p) => this.churn.confirm(p, await this.activeAlert(id), { reason: step.reason }));
          break;
      }
    }
    await this.rewind(this.db.manager, id, cursor);
  }

  /**
   * Moves everything recorded so far about a customer `days` back in time: lifecycle times,
   * ownership history, approvals, contacts, follow-ups and churn alerts (one statement).
   */
  private async rewind(manager: EntityManager, customerId: string, days: number): Promise<void> {
    if (days <= 0) return;
    const by = `${Math.round(days * DAY_MS)} milliseconds`;
    await this.demo.rewindBelongings(manager, customerId, by);
    await CustomerStore.backdate(manager, customerId, by);
  }

  /**
   * The next contact time to record now for a step played now and moved `at` days back later:
   * the wanted time (as of now) plus `at` days; never before the follow-up itself.
   */
  private async nextContactAt(next: number | 'today' | undefined, at: number, now: Date): Promise<Date | null> {
    if (next === undefined) return null;
    const wanted =
      next === 'today'
        ? endOfBusinessDay(now, await this.rules.get('businessTimeZone')).getTime() - 8 * 3_600_000 // 16:00 today
        : now.getTime() + next * DAY_MS;
    return new Date(Math.max(wanted + at * DAY_MS, now.getTime()));
  }

  /** The decision of a customer's pending request by the approver its chain names (a demo user when there is one). */
  private async decide(people: Map<DemoActor, Principal>, subjectType: ApprovalSubjectType, customerId: string, decision: 'approve' | 'reject', comment: string): Promise<void> {
    const request = await this.approvals.pendingFor(this.db.manager, subjectType, customerId);
    const step = request?.steps?.find((s) => s.index === request.currentStep);
    if (!request || !step) throw new Error(`demo seed: no pending ${subjectType} for customer ${customerId}`);
    const candidates = step.resolvedApproverIds.length ? step.resolvedApproverIds : step.roleCode ? await this.org.usersWithRole(step.roleCode) : [];
    const eligible = candidates.filter((id) => id !== request.requesterId);
    const demo = [...people.values()];
    const deciderId = eligible.find((id) => demo.some((p) => p.userId === id)) ?? eligible[0];
    const decider = demo.find((p) => p.userId === deciderId) ?? (deciderId ? await this.principals.forUser(deciderId) : null);
    if (!decider) throw new Error(`demo seed: nobody may decide ${subjectType} for customer ${customerId}`);
    await this.as(decider, (p) => (decision === 'approve' ? this.approvals.approve(p, request.id, { comment }) : this.approvals.reject(p, request.id, { comment })));
  }

  private async activeAlert(customerId: string): Promise<string> {
    const alertId = await this.demo.activeAlertId(customerId);
    if (!alertId) throw new Error(`demo seed: no churn alert for customer ${customerId}`);
    return alertId;
  }

  /** Runs a service call as a demo user, as a request of theirs would: audit rows name them. */
  private as<T>(principal: Principal, fn: (p: Principal) => Promise<T>): Promise<T> {
    return requestContext.run({ requestId: 'demo-seed', principal }, () => fn(principal));
  }
}
