import { defineDomainErrors } from '@kehu/server-core';

export enum OpportunityErrorCode {
  Closed = 'opportunity-closed',
  NotClosed = 'opportunity-not-closed',
  StageJump = 'opportunity-stage-jump',
  NotOwner = 'not-opportunity-owner',
  AssigneeOutsideDepartment = 'assignee-outside-department',
}

export const OpportunityError = defineDomainErrors<OpportunityErrorCode>({
  [OpportunityErrorCode.Closed]: { status: 409, title: 'The opportunity is won or lost; a sales manager may reopen it' },
  [OpportunityErrorCode.NotClosed]: { status: 409, title: 'The opportunity is still open' },
  [OpportunityErrorCode.StageJump]: { status: 409, title: 'The stage rules do not allow this move' },
  [OpportunityErrorCode.NotOwner]: { status: 403, title: 'Only the opportunity’s owner or a sales manager may do this' },
  [OpportunityErrorCode.AssigneeOutsideDepartment]: { status: 422, title: 'The assignee is not in a department you manage' },
});
