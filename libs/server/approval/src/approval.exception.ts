import { defineDomainErrors } from '@kehu/server-core';

export enum ApprovalErrorCode {
  NotPending = 'approval-not-pending',
  AlreadyPending = 'approval-already-pending',
  NotApprover = 'not-approver',
  OwnRequest = 'approval-own-request',
  NotRequester = 'not-requester',
  ChainMissing = 'approval-chain-missing',
  HandlerMissing = 'approval-handler-missing',
  UnknownRole = 'unknown-role',
}

export const ApprovalError = defineDomainErrors<ApprovalErrorCode>({
  [ApprovalErrorCode.NotPending]: { status: 409, title: 'The request or step was already decided or cancelled' },
  [ApprovalErrorCode.AlreadyPending]: { status: 409, title: 'A request for this record is already awaiting approval' },
  [ApprovalErrorCode.NotApprover]: { status: 403, title: 'You are not an approver of the current step' },
  [ApprovalErrorCode.OwnRequest]: { status: 403, title: 'You cannot decide your own request' },
  [ApprovalErrorCode.NotRequester]: { status: 403, title: 'Only the requester can cancel a request' },
  [ApprovalErrorCode.ChainMissing]: { status: 409, title: 'No approval chain is configured for this kind of request' },
  [ApprovalErrorCode.HandlerMissing]: { status: 500, title: 'No module handles decisions of this kind of request' },
  [ApprovalErrorCode.UnknownRole]: { status: 400, title: 'Unknown role code' },
});
