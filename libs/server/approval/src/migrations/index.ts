import { ApprovalInit1763900003000 } from './1763900003000-approval-init';

export const approvalMigrations = [ApprovalInit1763900003000];
