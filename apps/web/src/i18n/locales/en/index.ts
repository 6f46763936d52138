/** English texts, one file per domain; the zh-CN tree mirrors these files key for key. */
import common from './common';
import layout from './layout';
import auth from './auth';
import home from './home';
import system from './system';
import audit from './audit';
import approval from './approval';
import customer from './customer';
import documents from './documents';
import contract from './contract';
import delivery from './delivery';
import sales from './sales';
import receivable from './receivable';
import problems from './problems';

export default {
  ...common,
  ...layout,
  ...auth,
  ...home,
  ...system,
  ...audit,
  ...approval,
  ...customer,
  ...documents,
  ...contract,
  ...delivery,
  ...sales,
  ...receivable,
  ...problems,
};
