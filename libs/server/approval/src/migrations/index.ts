import { ApprovalBaseline1763900003000 } from './1763900003000-approval-baseline';

export const approvalMigrations = [ApprovalBaseline1763900003000];
