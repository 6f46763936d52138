/* Generated from apps/api/openapi.json by `npm run openapi`. Do not edit. */

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database status */
    get: operations['Health_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the audit log by actor, entity, action and time */
    get: operations['AuditLogs_search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List scheduled jobs with their last run */
    get: operations['Jobs_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{name}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a job now (once across replicas; 409 while it is running) */
    post: operations['Jobs_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My reminders due today or overdue (follow-ups, and the kinds other modules add), soonest first, with counts */
    get: operations['Reminders_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with username and password; 5 failures lock the account for 15 minutes
     * @description Also limited to 30 failed sign-ins per client address in 5 minutes (429). 423 and 429 carry `Retry-After`.
     */
    post: operations['Auth_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchange a refresh token for a new token pair (the old refresh token is spent) */
    post: operations['Auth_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the session the refresh token belongs to; its access tokens stop working at once */
    post: operations['Auth_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user with roles, permissions and data scope */
    get: operations['Auth_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/change-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change my password: ends all my sessions and answers a new token pair for this one
     * @description A wrong current password counts toward the account lock like a failed sign-in (423 once locked).
     */
    post: operations['Auth_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List users within my data scope */
    get: operations['Users_list'];
    put?: never;
    /** Create a user (must change the password at first sign-in) with roles you may give */
    post: operations['Users_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a user */
    get: operations['Users_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a user: profile, department, roles */
    patch: operations['Users_update'];
    trace?: never;
  };
  '/api/v1/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable a user; their tokens stop working at once */
    post: operations['Users_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable a disabled user */
    post: operations['Users_enable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password for a user and end the user's sessions */
    post: operations['Users_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift a lock caused by failed logins */
    post: operations['Users_unlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All departments, flat, in display order */
    get: operations['Departments_list'];
    put?: never;
    /** Create a department */
    post: operations['Departments_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments/tree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The department tree */
    get: operations['Departments_tree'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a department */
    get: operations['Departments_get'];
    put?: never;
    post?: never;
    /** Delete an empty department (409 while it has members or sub-departments) */
    delete: operations['Departments_remove'];
    options?: never;
    head?: never;
    /** Rename, reorder or set the manager */
    patch: operations['Departments_update'];
    trace?: never;
  };
  '/api/v1/departments/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a department (with its sub-departments) under another parent */
    post: operations['Departments_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The permission catalogue, grouped, with names in Chinese and English */
    get: operations['Roles_permissions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List roles with their permissions, data scope and number of users */
    get: operations['Roles_list'];
    put?: never;
    /** Create a role, with only permissions and a data scope you hold */
    post: operations['Roles_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/roles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a role */
    get: operations['Roles_get'];
    put?: never;
    post?: never;
    /** Delete a custom role that nobody uses */
    delete: operations['Roles_remove'];
    options?: never;
    head?: never;
    /**
     * Edit a role (the admin role always keeps every permission)
     * @description Permissions it adds and a data scope it widens must be ones you hold.
     */
    patch: operations['Roles_update'];
    trace?: never;
  };
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List API keys (secrets are never shown again) */
    get: operations['ApiKeys_list'];
    put?: never;
    /** Create an API key bound to a role; the secret is in this answer only */
    post: operations['ApiKeys_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/grant-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live API keys whose role gives more than their creator holds now
     * @description A key acts as its creator with its role, never with more than the creator holds: such a key works with the overlap only. Keys made before grants were checked, or whose creator lost roles since, are listed here: revoke them or issue new ones on a role the creator holds.
     */
    get: operations['ApiKeys_grantCheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an API key; it stops working at once */
    post: operations['ApiKeys_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dictionaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every dictionary list with its items, in display order */
    get: operations['Dictionaries_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dictionaries/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One dictionary list with its items */
    get: operations['Dictionaries_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dictionaries/{code}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an item to a dictionary list */
    post: operations['Dictionaries_addItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dictionaries/{code}/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a custom item nothing uses (built-in or used items can only be disabled) */
    delete: operations['Dictionaries_removeItem'];
    options?: never;
    head?: never;
    /** Edit an item: labels, position, enabled */
    patch: operations['Dictionaries_updateItem'];
    trace?: never;
  };
  '/api/v1/settings/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every business rule with its current value, default, bounds and description */
    get: operations['Rules_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/rules/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One business rule */
    get: operations['Rules_get'];
    /** Change a rule; applies to the next request and job run without a restart */
    put: operations['Rules_set'];
    post?: never;
    /** Reset a rule to its default */
    delete: operations['Rules_reset'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/holidays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Holidays and 调休 make-up workdays used for working-day deadlines */
    get: operations['Holidays_list'];
    put?: never;
    /** Add a holiday or a make-up workday */
    post: operations['Holidays_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/holidays/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a date from the holiday calendar */
    delete: operations['Holidays_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/list-views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's saved list views, optionally of one list */
    get: operations['ListViews_list'];
    put?: never;
    /** Save the filters of a list as a named view of the caller */
    post: operations['ListViews_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/list-views/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete one of the caller's views */
    delete: operations['ListViews_remove'];
    options?: never;
    head?: never;
    /** Rename one of the caller's views or replace its filters */
    patch: operations['ListViews_update'];
    trace?: never;
  };
  '/api/v1/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My approvals: `status=pending` is my inbox, `mine=true` the requests I submitted */
    get: operations['Approvals_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/pending-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many requests await my decision (home-page reminder) */
    get: operations['Approvals_pendingCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or reject several requests with one comment
     * @description Each request is decided, authorized and audited on its own, as by approve/reject; the answer says per request whether it was decided or which problem stopped it. A rejection needs a comment.
     */
    post: operations['Approvals_decideMany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One request with its steps (requester, approvers, or deciders with ALL scope) */
    get: operations['Approvals_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve the current step; the last approval applies the request */
    post: operations['Approvals_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject the request at the current step, with the reason the requester will see */
    post: operations['Approvals_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw my pending request */
    post: operations['Approvals_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approval-chains': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who approves each kind of request, step by step */
    get: operations['ApprovalChains_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approval-chains/{subjectType}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One approval chain */
    get: operations['ApprovalChains_get'];
    /** Replace the steps of a chain; requests already submitted keep theirs */
    put: operations['ApprovalChains_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import customers (and their primary contacts) from CSV or XLSX, with a per-row report; dryRun=true only checks */
    post: operations['CustomerImportExport_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the import template: Chinese headers and an example row */
    get: operations['CustomerImportExport_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export my current filtered customer list (data scope applies) as CSV or XLSX, streamed */
    get: operations['CustomerImportExport_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/pool': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The public pool 公海: customers anyone may claim, with how long each has been there and the previous owner
     * @description Counted up to 1,000 like the customer list: beyond it `total` is 1,000 and `totalCapped` is true.
     */
    get: operations['CustomerLifecycle_listPool'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/pool/quota': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My claim quota: claims left today (`maxDailyClaims`) and customers I may still own (`maxOwnedCustomers`) */
    get: operations['CustomerLifecycle_claimQuota'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/pool/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Claim several pool customers at once: each is claimed like a single claim, in order, and answered on its own (claimed, or the problem that refused it); with the quota left */
    post: operations['CustomerLifecycle_claimMany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/pool/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A pool customer: profile and ownership history (not the previous owner’s follow-up notes) */
    get: operations['CustomerLifecycle_getPoolCustomer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/review-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Protections awaiting my review, with missing fields and duplicate candidates; decide with /approvals/{approvalId}/approve|reject */
    get: operations['CustomerLifecycle_reviewQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/request-intent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the sales manager to make a protected POTENTIAL customer INTENT (protected `intentDays`) */
    post: operations['CustomerLifecycle_requestIntent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/request-extension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 时间加权: ask the manager for more protection days before it expires (at most `maxExtensions` per stage) */
    post: operations['CustomerLifecycle_requestExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/abandon': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give up a POTENTIAL or INTENT customer to the pool; I may not claim it back for `reclaimCooldownDays` */
    post: operations['CustomerLifecycle_abandon'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Claim a pool customer: I become its owner, POTENTIAL and protected (after review when `claimNeedsReview`); of concurrent claims exactly one wins, the others get 409 */
    post: operations['CustomerLifecycle_claim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/churn-alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Churn alerts of customers in my data scope (active ones by default)
     * @description Counts matches up to 1,000: beyond that `total` is 1000 and `totalCapped` true.
     */
    get: operations['ChurnAlerts_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/churn-alerts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A churn alert with its retention measures */
    get: operations['ChurnAlerts_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/churn-alerts/{id}/defer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 暂缓流失: record a retention measure (appends; the alert stays DEFERRED) */
    post: operations['ChurnAlerts_defer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/churn-alerts/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认流失: confirm the loss with a reason; the customer becomes LOST (a later contract brings it back) */
    post: operations['ChurnAlerts_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search and filter customers within my data scope
     * @description `q` matches names and short names (contained; two Chinese characters included), the exact code, a contact’s exact name, a phone ending with the digits given (with or without the area code) and a contact’s exact mobile. Digits that end no phone or mobile are looked for inside names, codes and phones. The count stops at 1,000 (`totalCapped`).
     */
    get: operations['Customers_list'];
    put?: never;
    /** Enter a new customer (POTENTIAL, owned by me); a duplicate name, or a phone already used by a customer or as a contact’s mobile, is refused with 409 */
    post: operations['Customers_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 撞单 check: existing customers resembling a name, short name, phone or contact mobile, best first */
    get: operations['Customers_findDuplicates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Home-page charts: customers entered and follow-ups held per week, customers per lifecycle stage (within my data scope) */
    get: operations['Customers_stats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give customers (or all of one owner’s) to another owner */
    post: operations['Customers_transfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a customer */
    get: operations['Customers_get'];
    put?: never;
    post?: never;
    /** Delete a customer (soft: history and audit stay) */
    delete: operations['Customers_remove'];
    options?: never;
    head?: never;
    /** Edit a customer’s profile */
    patch: operations['Customers_update'];
    trace?: never;
  };
  '/api/v1/customers/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ownership and status history, newest first */
    get: operations['Customers_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow-ups and history together, newest first */
    get: operations['Customers_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge a duplicate into this customer: its contacts, follow-ups and history move here; it is removed */
    post: operations['Customers_merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/terms-change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 折扣/结算变更: ask for a new agreed discount and/or settlement terms; applied when the chain `customer.terms-change` (manager, then finance) approves
     * @description The answer is the approval request. PATCH /customers/{id} does not accept `discountPercent` or `settlementTerms`.
     */
    post: operations['CustomerTerms_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer’s team (项目团队): colleagues who see it whatever their data scope */
    get: operations['CustomerTeam_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/team/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add a colleague to the team or change their access (owner, or a manager whose scope covers the customer) */
    put: operations['CustomerTeam_put'];
    post?: never;
    /** Take a colleague off the team */
    delete: operations['CustomerTeam_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contacts of the customers I may see; `q` by name or mobile */
    get: operations['Contacts_search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{customerId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contacts of a customer, primary first */
    get: operations['Contacts_list'];
    put?: never;
    /** Add a contact (the first one becomes primary); a mobile already used by another customer is refused with 409 */
    post: operations['Contacts_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{customerId}/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a contact */
    delete: operations['Contacts_remove'];
    options?: never;
    head?: never;
    /** Edit a contact; setting isPrimary moves the primary flag here */
    patch: operations['Contacts_update'];
    trace?: never;
  };
  '/api/v1/customers/{customerId}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Documents 文档管理 filed under a customer, newest first */
    get: operations['CustomerDocuments_list'];
    put?: never;
    /** File a document under a customer (multipart field `file`, optional `note`); its kind is judged by content */
    post: operations['CustomerDocuments_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{customerId}/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a customer document (audited) */
    get: operations['CustomerDocuments_download'];
    put?: never;
    post?: never;
    /** Remove a customer document (audited; the file is kept for the audit trail but no longer served) */
    delete: operations['CustomerDocuments_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow-ups of the customers I may see */
    get: operations['FollowUps_search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{customerId}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow-ups of a customer, newest first */
    get: operations['FollowUps_list'];
    put?: never;
    /** Record a follow-up; updates the customer’s last and next contact time */
    post: operations['FollowUps_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customer-categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer classification tree */
    get: operations['Categories_tree'];
    put?: never;
    /** Add a category */
    post: operations['Categories_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customer-categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a category without customers or sub-categories (409 otherwise) */
    delete: operations['Categories_remove'];
    options?: never;
    head?: never;
    /** Rename or reorder a category */
    patch: operations['Categories_update'];
    trace?: never;
  };
  '/api/v1/customer-categories/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a category (with its sub-categories) under another parent */
    post: operations['Categories_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/product-categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The product lines, as a tree */
    get: operations['ProductCategories_tree'];
    put?: never;
    /** Add a product line */
    post: operations['ProductCategories_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/product-categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a product line without products or sub-lines */
    delete: operations['ProductCategories_remove'];
    options?: never;
    head?: never;
    /** Rename or reorder a product line */
    patch: operations['ProductCategories_update'];
    trace?: never;
  };
  '/api/v1/product-categories/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a product line (with its sub-lines) under another parent */
    post: operations['ProductCategories_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the catalogue by code, name or model (two Chinese characters are enough); filter by product line subtree and status */
    get: operations['Products_list'];
    put?: never;
    /** Add a product by hand */
    post: operations['Products_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/by-external-id/{externalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or update the product mirrored from this ERP id (idempotent: the same body again answers UNCHANGED and writes nothing) */
    put: operations['Products_upsert'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/by-external-id/{externalId}/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set the stock on hand of the product mirrored from this ERP id (a count older than the stored one is ignored) */
    patch: operations['Products_updateStock'];
    trace?: never;
  };
  '/api/v1/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One product */
    get: operations['Products_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a product */
    patch: operations['Products_update'];
    trace?: never;
  };
  '/api/v1/opportunity-stages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The stages of the opportunity-stage dictionary, in order, with their default probabilities */
    get: operations['OpportunityStages_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunity-stages/{stage}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a stage’s default probability (applies to later stage changes) */
    put: operations['OpportunityStages_setProbability'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The sales funnel: per stage count, amount and weighted amount; win rate, cycle days, stage conversion; forecast by month (data scope applies) */
    get: operations['Funnel_funnel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quotes of the opportunities in your data scope */
    get: operations['Quotes_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}/quotes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Draft a quote for the opportunity: lines priced from the catalogue, totals computed by the server */
    post: operations['Quotes_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One quote with its lines */
    get: operations['Quotes_get'];
    /** Replace a draft’s header and lines (whole or nothing) */
    put: operations['Quotes_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a draft; below the discount rule this opens the approval and the quote is sent when approved */
    post: operations['Quotes_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The customer accepted the sent quote (it may then start a contract draft) */
    post: operations['Quotes_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The customer turned the sent quote down */
    post: operations['Quotes_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/revise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start the next revision of a sent, rejected or expired quote; the earlier one is kept unchanged */
    post: operations['Quotes_revise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/print': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The printable quote (HTML for the browser’s print / save as PDF) */
    get: operations['Quotes_print'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Opportunities in your data scope (`status=UNASSIGNED`: the managers’ queue) */
    get: operations['Opportunities_list'];
    put?: never;
    /** Enter an opportunity for a customer in your scope or a named prospect (answers duplicate warnings for a prospect) */
    post: operations['Opportunities_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/kanban': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The kanban: per open stage the count, Σ expected amount and the first cards of the open opportunities in your data scope */
    get: operations['Opportunities_kanban'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One opportunity */
    get: operations['Opportunities_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit an open opportunity (owner or sales manager) */
    patch: operations['Opportunities_update'];
    trace?: never;
  };
  '/api/v1/opportunities/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stage history: who moved it, when, from and to */
    get: operations['Opportunities_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}/stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move to another open stage: forward one at a time, back to any earlier one */
    post: operations['Opportunities_changeStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give the opportunity to a rep of a department you manage */
    post: operations['Opportunities_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}/win': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Won: a prospect becomes a customer; the customer becomes at least INTENT (one transaction) */
    post: operations['Opportunities_win'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}/lose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lost, with a reason from the loss-reason dictionary */
    post: operations['Opportunities_lose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen a won or lost opportunity (sales managers; audited with the reason) */
    post: operations['Opportunities_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}/plan-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The development plan: items in planned order with their execution */
    get: operations['PlanItems_list'];
    put?: never;
    /** Add a plan item (what to do, when, who) */
    post: operations['PlanItems_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}/plan-items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a plan item */
    patch: operations['PlanItems_update'];
    trace?: never;
  };
  '/api/v1/opportunities/{id}/plan-items/{itemId}/execute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the execution result of a plan item */
    post: operations['PlanItems_execute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contract-numbers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contract numbers issued to me (a manager: to the departments of their scope); `sort` by number (default -number), expiresAt or createdAt */
    get: operations['ContractNumbers_list'];
    put?: never;
    /** Reserve 预领 the next contract number for me, valid for `contractNumberReservationDays`; unused after that it is voided, never reused */
    post: operations['ContractNumbers_reserve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contract-numbers/voids': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Voided contract numbers (lapsed reservations), in number order: every gap in the sequence is explained here; `sort` by number, expiresAt or createdAt */
    get: operations['ContractNumbers_voids'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contracts in my data scope (finance and executives: all); filters by status, customer, owner, amount and dates; `q` finds a number by its start (either case), a title or buyer name containing it (3 characters or more), and the contracts of customers the customer search finds (name, code, phone, pinyin, contact) among those I may see; `sort` by createdAt (default -createdAt), total, signingDate, endDate or number */
    get: operations['Contracts_list'];
    put?: never;
    /** Draft a contract: from scratch, from an ACCEPTED quote (lines copied unless given) or from an opportunity; with my reserved number or the next one; lines priced by the server */
    post: operations['Contracts_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contract with the lines in force and what its status allows */
    get: operations['Contracts_get'];
    /** Replace a DRAFT (header, buyer, lines, 附加及其他) whole; any other status is 409 */
    put: operations['Contracts_update'];
    post?: never;
    /** Delete a DRAFT: its number becomes VOID (kept on record, never reissued), its attachments are detached; any other status is 409 with `currentStatus` */
    delete: operations['Contracts_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a DRAFT for approval: the sales manager; finance and an executive too at or above `contractApprovalAmountThreshold` or below `contractApprovalDiscountThreshold` */
    post: operations['Contracts_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign an APPROVED contract: it becomes ACTIVE, the customer FORMAL (after-sales owner, deal date, churn alerts resolved), the opportunity won and the quote contracted — all or nothing */
    post: operations['Contracts_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare an ACTIVE contract fulfilled by hand, with the reason: COMPLETED */
    post: operations['Contracts_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/terminate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Terminate an APPROVED or ACTIVE contract, with the reason */
    post: operations['Contracts_terminate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/order-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the order review 订单评审 of an APPROVED custom order (chain `contract.order-review`); signing waits until it passes */
    post: operations['Contracts_requestOrderReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Amend 变更 an ACTIVE contract: a new revision submitted for its own approval; the revision in force stays until it is approved */
    post: operations['Contracts_amend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every revision of the contract (the original and each amendment), oldest first, with lines and figures */
    get: operations['Contracts_revisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The approval trail: approvals of the contract and its amendments, and order reviews, oldest first, with every step’s comment */
    get: operations['Contracts_approvals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{contractId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Attachments of a contract, newest first */
    get: operations['ContractAttachments_list'];
    put?: never;
    /** Attach a file (multipart field `file`, optional `kind` and `note`); its kind is judged by content */
    post: operations['ContractAttachments_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{contractId}/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an attachment (audited) */
    get: operations['ContractAttachments_download'];
    put?: never;
    post?: never;
    /** Remove an attachment of a contract not yet signed (audited; the file is kept for the audit trail but no longer served) */
    delete: operations['ContractAttachments_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/receivable-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The contract’s receivable plan 回款计划: instalments with what each received and its state, and the contract’s received / pending / outstanding / overdue amounts */
    get: operations['ReceivablePlans_get'];
    /** Enter or replace the plan: the instalments add up to the contract amount in force; instalments that received money are sent back unchanged (approved or active contracts) */
    put: operations['ReceivablePlans_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/receivable-plans/proposal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Propose a plan from payment terms (e.g. 30 / 60 / 10 % at signing / delivery / acceptance + N days), not saved: amounts to the cent, the remainder on the last, instalments that received money kept; edit it and PUT it */
    post: operations['ReceivablePlans_propose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payments of the contracts in my data scope; `status=PENDING` is finance’s confirmation queue (oldest first); `sort` by createdAt, paidOn or amount */
    get: operations['Payments_list'];
    put?: never;
    /** Record a payment 回款 (PENDING until finance confirms it); ERP integrators send an Idempotency-Key */
    post: operations['Payments_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/confirmations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm several pending payments (finance’s bulk confirm): each in its own transaction, as a single confirmation; answers per payment, one refused does not undo the others */
    post: operations['Payments_confirmMany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One payment with its allocations to instalments */
    get: operations['Payments_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a pending payment: it is allocated to its instalment or the oldest open ones and never changes again */
    post: operations['Payments_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a pending payment, with the reason */
    post: operations['Payments_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/{id}/reverse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reverse a confirmed payment: a counter-entry with the negated amount and allocations, confirmed at once; answers the reversal */
    post: operations['Payments_reverse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/receivable-instalments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Instalments of the contracts in my data scope; `state=OVERDUE` is the overdue list 回款预警. `q`: a contract number’s prefix; `sort` by dueDate (default, oldest first), amount or contractNumber */
    get: operations['ReceivableInstalments_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/receivables-aging': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Aging 账龄 of overdue receivables in my data scope: outstanding amounts 1–30 / 31–60 / 61–90 / > 90 days past due, per customer, owner or department, with totals; as CSV with `format=csv` or `Accept: text/csv` (audited as an export) */
    get: operations['ReceivableReports_aging'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/receivables-plan-vs-actual': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Collected vs planned per month in my data scope: instalments due in each month against confirmed payments paid in it (net of reversals), with totals */
    get: operations['ReceivableReports_planVsActual'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/receivable-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the customer owes: amounts in force, received, pending, outstanding and overdue over his active and completed contracts in my data scope */
    get: operations['CustomerReceivables_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The contract’s deliveries 交付 and, per line in force, the quantities ordered, recorded, shipped, delivered and accepted */
    get: operations['ContractDeliveries_list'];
    put?: never;
    /** Record a delivery (PLANNED) of part of a line of an active contract; a line’s deliveries not cancelled never exceed its ordered quantity */
    post: operations['ContractDeliveries_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/ship': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A planned delivery left: SHIPPED on `date` (default today), with carrier and tracking note */
    post: operations['Deliveries_ship'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/deliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A shipped delivery arrived: DELIVERED on `date` (default today) */
    post: operations['Deliveries_deliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The customer accepted a delivered delivery 验收: ACCEPTED on `date`; the last acceptance of a fully paid contract completes it in the same transaction */
    post: operations['Deliveries_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a planned or shipped delivery: its quantity no longer counts against the line */
    post: operations['Deliveries_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    HealthDto: {
      /** @enum {string} */
      status: 'ok' | 'degraded';
      /** @enum {string} */
      database: 'up' | 'down';
      /** @description Database round trip in milliseconds */
      databaseLatencyMs: number | null;
      /** @description Seconds since the process started */
      uptimeSeconds: number;
    };
    PageDto: {
      /** @description Matching rows; when `totalCapped` is true, a lower bound (counting stopped there) */
      total: number;
      page: number;
      pageSize: number;
      /** @description Present on lists that stop counting at a cap (e.g. customers, 1,000): true when more rows than `total` match. Pages up to `total` can be fetched; narrow the filters to count exactly. */
      totalCapped?: boolean;
    };
    AuditLogDto: {
      id: string;
      /** Format: date-time */
      at: string;
      actorId: string | null;
      actorName: string | null;
      /** @example UPDATE */
      action: string;
      /** @example User */
      entityType: string;
      entityId: string | null;
      /**
       * @description The record’s name (customer, user, role…), when its module names it
       * @example 靖江市春意空调有限公司
       */
      entityName: string | null;
      before: {
        [key: string]: unknown;
      } | null;
      after: {
        [key: string]: unknown;
      } | null;
      requestId: string | null;
      ip: string | null;
    };
    JobRunDto: {
      id: string;
      name: string;
      /** @enum {string} */
      trigger: 'schedule' | 'manual';
      /** @enum {string} */
      status: 'running' | 'succeeded' | 'failed';
      /** Format: date-time */
      startedAt: string;
      /** Format: date-time */
      finishedAt: string | null;
      result: {
        [key: string]: unknown;
      } | null;
      error: string | null;
    };
    JobDto: {
      /** @example token-cleanup */
      name: string;
      description: string;
      /** @example 0 3 * * * */
      cron: string | null;
      lastRun: components['schemas']['JobRunDto'] | (never | null);
    };
    ReminderDto: {
      /**
       * @description follow-up, protection-expiring, churn-alert, overdue-instalment, ticket, approval, …
       * @example follow-up
       */
      kind: string;
      /** @example customer */
      subjectType: string;
      /** Format: uuid */
      subjectId: string;
      /** @example 靖江市春意空调有限公司 */
      title: string;
      /**
       * @description A line for readers of Chinese: user data as written (a follow-up’s summary), or the facts of `params` phrased in Chinese
       * @example 回访报价
       */
      detail: string | null;
      /**
       * @description The facts behind `detail`, for a client to phrase them in its reader’s language: `phrase` names the sentence (overdueInstalment, contractEnding, numberExpiring, lastDeal, birthday, holidayCare, protectionRejected), the other members are its values (amounts as decimal strings, days as YYYY-MM-DD in the business time zone). null when `detail` is user data or absent
       * @example {
       *       "phrase": "overdueInstalment",
       *       "instalment": "2",
       *       "outstanding": "4464.00",
       *       "dueDate": "2026-12-08"
       *     }
       */
      params: {
        [key: string]: string;
      } | null;
      /** Format: date-time */
      dueAt: string;
      /** @description Due on a day rather than at a time (an instalment’s due date, a contract’s end, a plan item’s day, a birthday): `dueAt` is that day’s start in the business time zone, and a client shows the date alone */
      allDay: boolean;
      /** @description Due before now */
      overdue: boolean;
    };
    ReminderCountsDto: {
      total: number;
      overdue: number;
      /**
       * @example {
       *       "follow-up": 3
       *     }
       */
      byKind: {
        [key: string]: number;
      };
    };
    RemindersDto: {
      items: components['schemas']['ReminderDto'][];
      counts: components['schemas']['ReminderCountsDto'];
    };
    LoginDto: {
      /** @example admin */
      username: string;
      /** @example correct horse 42 */
      password: string;
    };
    RoleRefDto: {
      /** Format: uuid */
      id: string;
      /** @example sales_rep */
      code: string;
      /** @example 客户经理 */
      name: string;
    };
    /** @enum {string} */
    DataScope: 'SELF' | 'DEPARTMENT' | 'DEPARTMENT_AND_CHILDREN' | 'ALL';
    MeDto: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string;
      email: string | null;
      mobile: string | null;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      roles: components['schemas']['RoleRefDto'][];
      /**
       * @example [
       *       "customer:read"
       *     ]
       */
      permissions: string[];
      dataScope: components['schemas']['DataScope'];
      mustChangePassword: boolean;
    };
    TokenPairDto: {
      /** @description JWT for `Authorization: Bearer`, valid 15 minutes */
      accessToken: string;
      /** @description Single-use token for POST /auth/refresh, valid 30 days */
      refreshToken: string;
      /**
       * @description Seconds until the access token expires
       * @example 900
       */
      expiresIn: number;
      /** @example Bearer */
      tokenType: string;
      user: components['schemas']['MeDto'];
    };
    RefreshDto: {
      /** @description The refresh token from login or the previous refresh */
      refreshToken: string;
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description At least 8 characters with a letter and a digit */
      newPassword: string;
    };
    UserDto: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string;
      email: string | null;
      mobile: string | null;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      roles: components['schemas']['RoleRefDto'][];
      disabled: boolean;
      /** Format: date-time */
      lockedUntil: string | null;
      /** Format: date-time */
      lastLoginAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    CreateUserDto: {
      /**
       * @description 3–64 letters, digits, dot, dash or underscore
       * @example zhang.wei
       */
      username: string;
      /** @example 张伟 */
      displayName: string;
      /** @description Initial password; the user is asked to change it at first sign-in */
      password: string;
      /** @example zhang.wei@example.com */
      email?: string | null;
      /** @example 13800138000 */
      mobile?: string | null;
      /** Format: uuid */
      departmentId?: string | null;
      /** @example [] */
      roleIds: string[];
    };
    UpdateUserDto: {
      displayName?: string;
      email?: string | null;
      mobile?: string | null;
      /** Format: uuid */
      departmentId?: string | null;
      roleIds?: string[];
      /** @description Version read before editing (alternative to If-Match) */
      version?: number;
    };
    ResetPasswordDto: {
      /** @description New password; the user must change it at next sign-in */
      newPassword: string;
    };
    DepartmentDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      parentId: string | null;
      sortOrder: number;
      /** Format: uuid */
      managerId: string | null;
      managerName: string | null;
      /** @description Users directly in this department */
      memberCount: number;
      version: number;
    };
    DepartmentNodeDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      parentId: string | null;
      sortOrder: number;
      /** Format: uuid */
      managerId: string | null;
      managerName: string | null;
      /** @description Users directly in this department */
      memberCount: number;
      version: number;
      children: components['schemas']['DepartmentNodeDto'][];
    };
    CreateDepartmentDto: {
      /** @example 销售一部 */
      name: string;
      /**
       * Format: uuid
       * @description Parent; omitted → top level
       */
      parentId?: string | null;
      /** @default 0 */
      sortOrder: number;
      /**
       * Format: uuid
       * @description Approves the department’s requests
       */
      managerId?: string | null;
    };
    UpdateDepartmentDto: {
      /** @example 销售一部 */
      name?: string;
      sortOrder?: number;
      /**
       * Format: uuid
       * @description Approves the department’s requests; null clears
       */
      managerId?: string | null;
    };
    MoveDepartmentDto: {
      /**
       * Format: uuid
       * @description New parent; null → top level
       */
      parentId: string | null;
      sortOrder?: number;
    };
    LocalizedNameDto: {
      en: string;
      zh: string;
    };
    PermissionDto: {
      /** @example customer:read */
      code: string;
      name: components['schemas']['LocalizedNameDto'];
    };
    PermissionGroupDto: {
      /** @example customer */
      code: string;
      name: components['schemas']['LocalizedNameDto'];
      permissions: components['schemas']['PermissionDto'][];
    };
    RoleDto: {
      /** Format: uuid */
      id: string;
      code: string;
      name: string;
      description: string | null;
      permissions: string[];
      dataScope: components['schemas']['DataScope'];
      builtIn: boolean;
      userCount: number;
      version: number;
    };
    CreateRoleDto: {
      /**
       * @description Lowercase letters, digits and underscores
       * @example regional_manager
       */
      code: string;
      /** @example 区域经理 */
      name: string;
      description?: string | null;
      /**
       * @example [
       *       "customer:read"
       *     ]
       */
      permissions: string[];
      dataScope: components['schemas']['DataScope'];
    };
    UpdateRoleDto: {
      name?: string;
      description?: string | null;
      permissions?: string[];
      dataScope?: components['schemas']['DataScope'];
      version?: number;
    };
    ApiKeyDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /**
       * @description Public part, shown to tell keys apart
       * @example a1b2c3d4e5f6
       */
      prefix: string;
      /** Format: uuid */
      roleId: string;
      roleName: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: date-time */
      revokedAt: string | null;
      /** Format: date-time */
      lastUsedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string | null;
    };
    ApiKeyGrantCheckDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @example a1b2c3d4e5f6 */
      prefix: string;
      /** Format: uuid */
      roleId: string;
      roleName: string;
      /** Format: uuid */
      createdBy: string | null;
      /** @description Display name of the creator; null when the creator no longer exists */
      creatorName: string | null;
      /**
       * @description Permissions of the key’s role that its creator does not hold
       * @example [
       *       "user:write"
       *     ]
       */
      permissionsBeyondCreator: string[];
      /** @description The data scope of the key’s role */
      dataScope: components['schemas']['DataScope'];
      /** @description The widest data scope the creator holds */
      creatorDataScope: components['schemas']['DataScope'];
    };
    CreateApiKeyDto: {
      /** @example ERP nightly sync */
      name: string;
      /**
       * Format: uuid
       * @description The key acts with this role’s permissions and data scope
       */
      roleId: string;
      /**
       * Format: date-time
       * @description In the future, at most 2 years ahead
       * @example 2027-11-23T00:00:00Z
       */
      expiresAt: string;
    };
    ApiKeyCreatedDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /**
       * @description Public part, shown to tell keys apart
       * @example a1b2c3d4e5f6
       */
      prefix: string;
      /** Format: uuid */
      roleId: string;
      roleName: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: date-time */
      revokedAt: string | null;
      /** Format: date-time */
      lastUsedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string | null;
      /**
       * @description Shown this once only: send as `Authorization: Bearer <secret>`
       * @example kehu_a1b2c3d4e5f6_…
       */
      secret: string;
    };
    DictionaryItemDto: {
      /** Format: uuid */
      id: string;
      /**
       * @description Stored on records that use the item
       * @example web_form
       */
      code: string;
      /** @example 网站表单 */
      label: string;
      /** @example Web form */
      labelEn: string | null;
      /** @example 10 */
      sortOrder: number;
      enabled: boolean;
      /** @description Shipped with Kehu: may be disabled, never deleted */
      builtIn: boolean;
      /** @description For If-Match */
      version: number;
    };
    DictionaryDto: {
      /** @example customer-source */
      code: string;
      /** @example 客户来源 */
      name: string;
      /** @example Customer source */
      nameEn: string;
      description: string | null;
      items: components['schemas']['DictionaryItemDto'][];
    };
    CreateDictionaryItemDto: {
      /**
       * @description 1–50 letters, digits, `_`, `.` or `-`, starting with a letter or digit
       * @example trade_fair
       */
      code: string;
      /** @example 行业展会 */
      label: string;
      /** @example Trade fair */
      labelEn?: string | null;
      /** @description Position in the list; defaults to after the last item */
      sortOrder?: number;
      /** @default true */
      enabled: boolean;
    };
    UpdateDictionaryItemDto: {
      /** @example 行业展会 */
      label?: string;
      labelEn?: string | null;
      sortOrder?: number;
      /** @description Disabled items are no longer offered or accepted on new input */
      enabled?: boolean;
      /** @description Alternative to If-Match */
      version?: number;
    };
    /** @enum {string} */
    RuleGroup: 'customer' | 'churn' | 'contract' | 'receivable' | 'service' | 'report' | 'marketing' | 'general';
    /** @enum {string} */
    RuleType: 'integer' | 'decimal' | 'boolean' | 'string';
    LocalizedTextDto: {
      en: string;
      zh: string;
    };
    RuleDto: {
      /** @example potentialDays */
      key: string;
      group: components['schemas']['RuleGroup'];
      type: components['schemas']['RuleType'];
      /**
       * @description Current value: integer → number, decimal → string ("500000.00"), boolean, string
       * @example 30
       */
      value: number | string | boolean;
      /** @example 30 */
      defaultValue: number | string | boolean;
      min: number | null;
      max: number | null;
      /** @example days */
      unit: string | null;
      description: components['schemas']['LocalizedTextDto'];
      /** @description Whether an administrator changed it from the default */
      overridden: boolean;
      /** Format: date-time */
      updatedAt: string | null;
      /** @description For If-Match; 0 while the rule has its default */
      version: number;
    };
    SetRuleDto: {
      /**
       * @description Validated against the rule's type, min and max
       * @example 45
       */
      value: number | string | boolean;
    };
    HolidayDto: {
      /** Format: uuid */
      id: string;
      /**
       * Format: date
       * @example 2026-10-01
       */
      date: string;
      /** @example 国庆节 */
      name: string;
      /** @description true: a weekend day worked instead (调休 make-up day); false: a day off */
      isWorkday: boolean;
    };
    CreateHolidayDto: {
      /**
       * Format: date
       * @example 2026-10-01
       */
      date: string;
      /** @example 国庆节 */
      name: string;
      /**
       * @description true for a 调休 make-up working day
       * @default false
       */
      isWorkday: boolean;
    };
    ListViewDto: {
      /** Format: uuid */
      id: string;
      /**
       * @description The list the view belongs to
       * @example customers
       */
      list: string;
      /** @example 华东意向客户 */
      name: string;
      /**
       * @description The list's filters as its query parameters: up to 30, each a string, number, boolean or list of strings
       * @example {
       *       "status": "INTENT",
       *       "mine": true
       *     }
       */
      query: {
        [key: string]: string | number | boolean | string[];
      };
      /** @example 1 */
      version: number;
      /** Format: date-time */
      updatedAt: string;
    };
    CreateListViewDto: {
      /**
       * @description The list the view belongs to
       * @example customers
       */
      list: string;
      /** @example 华东意向客户 */
      name: string;
      /**
       * @description The list's filters as its query parameters: up to 30, each a string, number, boolean or list of strings
       * @example {
       *       "status": "INTENT",
       *       "mine": true
       *     }
       */
      query: {
        [key: string]: string | number | boolean | string[];
      };
    };
    UpdateListViewDto: {
      /** @example 华东意向客户 */
      name?: string;
      /**
       * @description The list's filters as its query parameters: up to 30, each a string, number, boolean or list of strings
       * @example {
       *       "status": "INTENT",
       *       "mine": true
       *     }
       */
      query?: {
        [key: string]: string | number | boolean | string[];
      };
    };
    /** @enum {string} */
    ApprovalStatus: 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELLED';
    /** @enum {string} */
    ApproverKind: 'ROLE' | 'DEPARTMENT_MANAGER';
    /** @enum {string} */
    ApprovalStepStatus: 'WAITING' | 'PENDING' | 'APPROVED' | 'REJECTED' | 'SKIPPED';
    ApprovalStepDto: {
      /** @example 0 */
      index: number;
      approverKind: components['schemas']['ApproverKind'];
      /** @example finance */
      roleCode: string | null;
      status: components['schemas']['ApprovalStepStatus'];
      /** Format: uuid */
      decidedBy: string | null;
      decidedByName: string | null;
      /** Format: date-time */
      decidedAt: string | null;
      comment: string | null;
    };
    ApprovalDto: {
      /** Format: uuid */
      id: string;
      /** @example customer.extension */
      subjectType: string;
      /** Format: uuid */
      subjectId: string;
      /** @example 靖江市春意空调有限公司 */
      subjectTitle: string;
      /** Format: uuid */
      requesterId: string;
      /** @example 张伟 */
      requesterName: string;
      reason: string | null;
      /** @description Details the domain attached, e.g. `{ "days": 10 }` */
      payload: {
        [key: string]: unknown;
      };
      status: components['schemas']['ApprovalStatus'];
      /** @description Index of the step awaiting a decision (of the last decided step once closed) */
      currentStep: number;
      steps: components['schemas']['ApprovalStepDto'][];
      /** @description Whether the caller may approve or reject the current step now */
      canDecide: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      decidedAt: string | null;
      version: number;
    };
    PendingCountDto: {
      /** @example 3 */
      count: number;
    };
    BatchDecisionDto: {
      /** @description The requests to decide, each at its current step */
      ids: string[];
      /** @enum {string} */
      decision: 'approve' | 'reject';
      /**
       * @description One comment for every decision; required to reject (the reason each requester will see)
       * @example 资料齐全，同意
       */
      comment?: string;
    };
    FieldErrorDto: {
      /**
       * @description Path of the offending field in the request
       * @example items[0].quantity
       */
      field: string;
      /** @example must be a positive number */
      message: string;
      /**
       * @description Machine-readable rule that failed
       * @example isPositive
       */
      code?: string;
    };
    ProblemExistingCustomerDto: {
      /**
       * Format: uuid
       * @description Its id when the caller may see it (inside their data scope or on its team), else null
       */
      id: string | null;
      /** @example 靖江市春意空调有限公司 */
      name: string;
      /**
       * @description Its lifecycle status (POTENTIAL, INTENT, FORMAL, POOL, LOST)
       * @example POTENTIAL
       */
      status: string;
      /**
       * @description Display name of its owner; null when it is in the pool
       * @example 王芳
       */
      ownerName: string | null;
    };
    ProblemDto: {
      /** @example https://kehu.dev/problems/validation-error */
      type: string;
      /** @example Validation failed */
      title: string;
      /** @example 400 */
      status: number;
      /** @example username: must be longer than or equal to 3 characters */
      detail?: string;
      /** @example /api/v1/users */
      instance?: string;
      /** @example f3b3c0b6-1f0e-4f5e-9a53-1b3a7c1b8e2d */
      requestId?: string;
      /** @description The offending fields. Carried by `validation-error` (400) and by problems about one field of the request: `duplicate-customer`, `protection-incomplete` (what the customer lacks), `category-name-taken`, `transfer-target-invalid`, `invalid-import-file`, `import-file-too-large`, `username-taken`, `role-code-taken`, `unknown-permission`, `department-name-taken`, `api-key-expiry-invalid`, `wrong-password`, `weak-password`, `dictionary-item-code-taken`, `holiday-exists`, `unknown-role`, `grant-exceeds-own` (403); and, naming the column the database refused when it can, `duplicate` (409), `reference-conflict` (409) and `bad-request` (400) */
      errors?: components['schemas']['FieldErrorDto'][];
      /** @description `duplicate-customer` (409): the customer that already has this name or phone */
      existing?: components['schemas']['ProblemExistingCustomerDto'];
      /**
       * @description `illegal-lifecycle-transition` (409): the lifecycle action refused; `payment-state-conflict` (409): the payment action refused (confirm, reject, reverse)
       * @example claim
       */
      action?: string;
      /**
       * @description The record’s current status. `illegal-lifecycle-transition` (409): the customer’s (POTENTIAL, INTENT, FORMAL, POOL, LOST); `churn-alert-closed` (409): the churn alert’s (CONFIRMED, RESOLVED); `contract-customer-not-signable` (409): the customer’s, which may not sign; `receivable-contract-not-open` (409): the contract’s; `payment-state-conflict`, `payment-already-reversed` (409): the payment’s (PENDING, CONFIRMED, REJECTED)
       * @example FORMAL
       */
      currentStatus?: string;
      /**
       * @description `illegal-lifecycle-transition` (409): the customer’s lifecycle stage (POTENTIAL_PENDING, POTENTIAL_PROTECTED, POTENTIAL_REJECTED, INTENT, FORMAL, POOL, LOST)
       * @example POTENTIAL_PROTECTED
       */
      currentStage?: string;
      /**
       * Format: date-time
       * @description `protection-expired` (409): when the customer’s protection ended (null: it had none)
       */
      protectionUntil?: string | null;
      /**
       * @description `extension-limit` (409): extensions used in the current stage
       * @example 2
       */
      extensionsUsed?: number;
      /**
       * @description `extension-limit` (409): extensions allowed per stage
       * @example 2
       */
      maxExtensions?: number;
      /**
       * Format: date-time
       * @description `claim-cooldown` (409): when the caller may claim the customer again
       */
      claimableAt?: string;
      /**
       * @description `owned-customer-limit` (409): protected customers the caller (on a transfer: the new owner) owns
       * @example 50
       */
      ownedProtected?: number;
      /**
       * @description `owned-customer-limit` (409): the most protected customers one may own
       * @example 50
       */
      maxOwnedCustomers?: number;
      /**
       * @description `daily-claim-limit` (409): customers the caller claimed today
       * @example 10
       */
      claimsToday?: number;
      /**
       * @description `daily-claim-limit` (409): the most claims per day
       * @example 10
       */
      maxDailyClaims?: number;
      /**
       * @description `forbidden` (403): the permission the caller lacks
       * @example customer:transfer
       */
      permission?: string;
      /**
       * @description `forbidden` (403) on a write to a customer the caller sees only as a team member: their seat’s access (READ; null without a seat)
       * @example READ
       */
      teamAccess?: string | null;
      /**
       * Format: date-time
       * @description `account-locked` (423): when the account may log in again
       */
      lockedUntil?: string;
      /**
       * @description `version-mismatch` (412): the record’s current version
       * @example 7
       */
      currentVersion?: number;
      /**
       * @description `dictionary-item-in-use` (409): where the dictionary item is used, one entry per domain using it
       * @example [
       *       "12 customers"
       *     ]
       */
      usages?: string[];
      /**
       * Format: uuid
       * @description `approval-already-pending` (409): the request already awaiting approval
       */
      approvalId?: string;
      /**
       * @description `approval-not-pending` (409) when the step the caller decides was already decided: the request’s current step
       * @example 1
       */
      currentStep?: number;
      /**
       * @description `approval-not-pending` (409) when the request is no longer pending: its status (APPROVED, REJECTED, CANCELLED)
       * @example APPROVED
       */
      approvalStatus?: string;
    };
    BatchDecisionResultDto: {
      /** Format: uuid */
      id: string;
      /** @description Whether this decision was made */
      ok: boolean;
      /** @description The request status after the decision; null when it failed */
      status: components['schemas']['ApprovalStatus'] | null;
      /** @description Why this one failed: the problem deciding it alone would have answered (404, 403 `not-approver`, 409 …) */
      problem: components['schemas']['ProblemDto'] | (never | null);
    };
    BatchDecisionAnswerDto: {
      /** @description One answer per id, in the order sent */
      results: components['schemas']['BatchDecisionResultDto'][];
      /** @example 3 */
      decided: number;
      /** @example 1 */
      failed: number;
    };
    ApproveDto: {
      /** @example 同意 */
      comment?: string | null;
      /** @description Index of the step being decided, as displayed; a stale index is a 409 */
      step?: number;
    };
    RejectDto: {
      /**
       * @description Required: the reason the requester will see
       * @example 联系人信息不完整
       */
      comment: string;
      /** @description Index of the step being decided, as displayed; a stale index is a 409 */
      step?: number;
    };
    ApprovalChainStepDto: {
      /** @description ROLE: any member of the role; DEPARTMENT_MANAGER: the manager of the requester's department (or the nearest ancestor's) */
      kind: components['schemas']['ApproverKind'];
      /**
       * @description Required for ROLE steps
       * @example finance
       */
      roleCode?: string | null;
    };
    ApprovalChainDto: {
      /** @example contract */
      subjectType: string;
      /** @example 合同审批 */
      name: string;
      steps: components['schemas']['ApprovalChainStepDto'][];
      /** @description Whether a module handles this kind of request in this installation */
      handled: boolean;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    UpdateApprovalChainDto: {
      /** @example 合同审批 */
      name?: string;
      /** @description In order; 1–10 steps. Requests already submitted keep their steps. */
      steps: components['schemas']['ApprovalChainStepDto'][];
      /** @description Alternative to If-Match */
      version?: number;
    };
    ImportFileDto: {
      /**
       * Format: binary
       * @description CSV (UTF-8 with or without BOM, or GBK) or XLSX, at most 50 MB; headers in Chinese (template) or as field names
       */
      file: string;
    };
    ImportTotalsDto: {
      created: number;
      updated: number;
      duplicate: number;
      rejected: number;
    };
    ImportRowDto: {
      /**
       * @description Line in the sheet (the header is line 1)
       * @example 2
       */
      row: number;
      /** @enum {string} */
      outcome: 'created' | 'updated' | 'duplicate' | 'rejected';
      /**
       * Format: uuid
       * @description The created or updated customer, or the visible existing one a duplicate matches
       */
      customerId?: string;
      /** @example KH202611230001 */
      code?: string;
      /**
       * @description The offending column (DTO field name)
       * @example industry
       */
      field?: string;
      /** @example "石油" is not an item of the industry dictionary */
      reason?: string;
    };
    ImportReportDto: {
      dryRun: boolean;
      /** @enum {string} */
      mode: 'create' | 'upsert';
      totals: components['schemas']['ImportTotalsDto'];
      rows: components['schemas']['ImportRowDto'][];
    };
    /** @enum {string} */
    CustomerStatus: 'POTENTIAL' | 'INTENT' | 'FORMAL' | 'POOL' | 'LOST';
    /** @enum {string} */
    CustomerStage: 'POTENTIAL_PENDING' | 'POTENTIAL_PROTECTED' | 'POTENTIAL_REJECTED' | 'INTENT' | 'FORMAL' | 'POOL' | 'LOST';
    /** @enum {string} */
    ReviewState: 'PENDING' | 'APPROVED' | 'REJECTED';
    /** @enum {string} */
    PoolReason: 'EXPIRED' | 'REJECTED' | 'ABANDONED';
    PoolCustomerDto: {
      /** Format: uuid */
      id: string;
      /** @example KH202611230001 */
      code: string;
      name: string;
      shortName: string | null;
      /** Format: uuid */
      categoryId: string | null;
      grade: string | null;
      level: string | null;
      industry: string;
      region: string | null;
      address: string;
      phone: string;
      fax: string | null;
      email: string | null;
      website: string | null;
      source: string | null;
      creditRating: number | null;
      satisfaction: number | null;
      description: string;
      legalRepresentative: string | null;
      /** @example 5000000.00 */
      registeredCapital: string | null;
      /** @example 12000000.00 */
      annualTurnover: string | null;
      bank: string | null;
      bankAccount: string | null;
      taxNumber: string | null;
      /** @example 95.00 */
      discountPercent: string | null;
      settlementTerms: string | null;
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      status: components['schemas']['CustomerStatus'];
      /** @description The status refined by the protection review: POTENTIAL_PENDING (awaiting review), POTENTIAL_PROTECTED, POTENTIAL_REJECTED (released after the grace period), INTENT, FORMAL, POOL, LOST */
      stage: components['schemas']['CustomerStage'];
      /**
       * Format: date-time
       * @description End of protection (POTENTIAL, INTENT) or of the grace period after a rejected review; the reclaim job releases the customer to the pool then
       */
      protectionUntil: string | null;
      reviewState: components['schemas']['ReviewState'] | null;
      /** @description The reviewer's reason when the protection was rejected */
      rejectionReason: string | null;
      /** @description Extensions granted in the current stage */
      extensionsUsed: number;
      /** @description An extension request awaits its decision */
      extensionPending: boolean;
      /** @description An intent request awaits its decision */
      intentPending: boolean;
      /** Format: date-time */
      poolEnteredAt: string | null;
      poolReason: components['schemas']['PoolReason'] | null;
      /**
       * Format: uuid
       * @description After-sales owner 售后负责人 of a FORMAL customer
       */
      afterSalesOwnerId: string | null;
      afterSalesOwnerName: string | null;
      /** Format: date-time */
      formalSince: string | null;
      externalId: string | null;
      /** Format: date-time */
      lastContactAt: string | null;
      /** Format: date-time */
      nextContactAt: string | null;
      /** Format: date-time */
      lastDealAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When anything about the customer last changed — an edit, a lifecycle transition (also by a scheduled job), a follow-up’s contact times — what `updatedSince` filters on
       */
      updatedAt: string;
      version: number;
      /** Format: uuid */
      previousOwnerId: string | null;
      previousOwnerName: string | null;
      /** @description Whole days since it entered the pool */
      daysInPool: number;
      /**
       * Format: date-time
       * @description When I may claim it, if I abandoned it recently (null: now)
       */
      claimableAt: string | null;
    };
    ClaimQuotaDto: {
      /**
       * @description Customers I claimed today (business time zone)
       * @example 3
       */
      claimsToday: number;
      /**
       * @description The `maxDailyClaims` rule
       * @example 20
       */
      maxDailyClaims: number;
      /**
       * @description Claims left today: maxDailyClaims − claimsToday, at least 0
       * @example 17
       */
      remainingClaims: number;
      /**
       * @description Protected customers (POTENTIAL, INTENT) I own
       * @example 42
       */
      ownedProtected: number;
      /**
       * @description The `maxOwnedCustomers` rule
       * @example 200
       */
      maxOwnedCustomers: number;
      /**
       * @description Customers I may still take before reaching maxOwnedCustomers, at least 0
       * @example 158
       */
      remainingOwned: number;
    };
    BatchClaimDto: {
      /** @description Pool customers to claim, in this order */
      ids: string[];
    };
    CustomerDto: {
      /** Format: uuid */
      id: string;
      /** @example KH202611230001 */
      code: string;
      name: string;
      shortName: string | null;
      /** Format: uuid */
      categoryId: string | null;
      grade: string | null;
      level: string | null;
      industry: string;
      region: string | null;
      address: string;
      phone: string;
      fax: string | null;
      email: string | null;
      website: string | null;
      source: string | null;
      creditRating: number | null;
      satisfaction: number | null;
      description: string;
      legalRepresentative: string | null;
      /** @example 5000000.00 */
      registeredCapital: string | null;
      /** @example 12000000.00 */
      annualTurnover: string | null;
      bank: string | null;
      bankAccount: string | null;
      taxNumber: string | null;
      /** @example 95.00 */
      discountPercent: string | null;
      settlementTerms: string | null;
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      status: components['schemas']['CustomerStatus'];
      /** @description The status refined by the protection review: POTENTIAL_PENDING (awaiting review), POTENTIAL_PROTECTED, POTENTIAL_REJECTED (released after the grace period), INTENT, FORMAL, POOL, LOST */
      stage: components['schemas']['CustomerStage'];
      /**
       * Format: date-time
       * @description End of protection (POTENTIAL, INTENT) or of the grace period after a rejected review; the reclaim job releases the customer to the pool then
       */
      protectionUntil: string | null;
      reviewState: components['schemas']['ReviewState'] | null;
      /** @description The reviewer's reason when the protection was rejected */
      rejectionReason: string | null;
      /** @description Extensions granted in the current stage */
      extensionsUsed: number;
      /** @description An extension request awaits its decision */
      extensionPending: boolean;
      /** @description An intent request awaits its decision */
      intentPending: boolean;
      /** Format: date-time */
      poolEnteredAt: string | null;
      poolReason: components['schemas']['PoolReason'] | null;
      /**
       * Format: uuid
       * @description After-sales owner 售后负责人 of a FORMAL customer
       */
      afterSalesOwnerId: string | null;
      afterSalesOwnerName: string | null;
      /** Format: date-time */
      formalSince: string | null;
      externalId: string | null;
      /** Format: date-time */
      lastContactAt: string | null;
      /** Format: date-time */
      nextContactAt: string | null;
      /** Format: date-time */
      lastDealAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When anything about the customer last changed — an edit, a lifecycle transition (also by a scheduled job), a follow-up’s contact times — what `updatedSince` filters on
       */
      updatedAt: string;
      version: number;
    };
    BatchClaimItemDto: {
      /** Format: uuid */
      id: string;
      /** @description Claimed: I own the customer now */
      claimed: boolean;
      /** @description The claimed customer */
      customer?: components['schemas']['CustomerDto'];
      /** @description Why this one was not claimed: the problem a single claim answers (409 `daily-claim-limit`, `owned-customer-limit`, `claim-cooldown`, `illegal-lifecycle-transition`; 404) */
      problem?: components['schemas']['ProblemDto'];
    };
    BatchClaimResultDto: {
      /** @description One answer per requested id, in request order */
      items: components['schemas']['BatchClaimItemDto'][];
      /** @description The quota after the batch */
      quota: components['schemas']['ClaimQuotaDto'];
    };
    HistoryEntryDto: {
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      at: string;
      /** @example TRANSFERRED */
      event: string;
      actorName: string | null;
      fromOwnerName: string | null;
      toOwnerName: string | null;
      fromStatus: string | null;
      toStatus: string | null;
      reason: string | null;
      /** Format: uuid */
      approvalId: string | null;
    };
    PoolCustomerDetailDto: {
      /** Format: uuid */
      id: string;
      /** @example KH202611230001 */
      code: string;
      name: string;
      shortName: string | null;
      /** Format: uuid */
      categoryId: string | null;
      grade: string | null;
      level: string | null;
      industry: string;
      region: string | null;
      address: string;
      phone: string;
      fax: string | null;
      email: string | null;
      website: string | null;
      source: string | null;
      creditRating: number | null;
      satisfaction: number | null;
      description: string;
      legalRepresentative: string | null;
      /** @example 5000000.00 */
      registeredCapital: string | null;
      /** @example 12000000.00 */
      annualTurnover: string | null;
      bank: string | null;
      bankAccount: string | null;
      taxNumber: string | null;
      /** @example 95.00 */
      discountPercent: string | null;
      settlementTerms: string | null;
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      status: components['schemas']['CustomerStatus'];
      /** @description The status refined by the protection review: POTENTIAL_PENDING (awaiting review), POTENTIAL_PROTECTED, POTENTIAL_REJECTED (released after the grace period), INTENT, FORMAL, POOL, LOST */
      stage: components['schemas']['CustomerStage'];
      /**
       * Format: date-time
       * @description End of protection (POTENTIAL, INTENT) or of the grace period after a rejected review; the reclaim job releases the customer to the pool then
       */
      protectionUntil: string | null;
      reviewState: components['schemas']['ReviewState'] | null;
      /** @description The reviewer's reason when the protection was rejected */
      rejectionReason: string | null;
      /** @description Extensions granted in the current stage */
      extensionsUsed: number;
      /** @description An extension request awaits its decision */
      extensionPending: boolean;
      /** @description An intent request awaits its decision */
      intentPending: boolean;
      /** Format: date-time */
      poolEnteredAt: string | null;
      poolReason: components['schemas']['PoolReason'] | null;
      /**
       * Format: uuid
       * @description After-sales owner 售后负责人 of a FORMAL customer
       */
      afterSalesOwnerId: string | null;
      afterSalesOwnerName: string | null;
      /** Format: date-time */
      formalSince: string | null;
      externalId: string | null;
      /** Format: date-time */
      lastContactAt: string | null;
      /** Format: date-time */
      nextContactAt: string | null;
      /** Format: date-time */
      lastDealAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When anything about the customer last changed — an edit, a lifecycle transition (also by a scheduled job), a follow-up’s contact times — what `updatedSince` filters on
       */
      updatedAt: string;
      version: number;
      /** Format: uuid */
      previousOwnerId: string | null;
      previousOwnerName: string | null;
      /** @description Whole days since it entered the pool */
      daysInPool: number;
      /**
       * Format: date-time
       * @description When I may claim it, if I abandoned it recently (null: now)
       */
      claimableAt: string | null;
      /** @description Ownership history, newest first */
      history: components['schemas']['HistoryEntryDto'][];
    };
    DuplicateCandidateDto: {
      /**
       * Format: uuid
       * @description Only when visible (null outside my data scope)
       */
      id: string | null;
      name: string;
      /** @description Only when visible */
      shortName: string | null;
      status: components['schemas']['CustomerStatus'];
      ownerName: string | null;
      /** @description Similarity 0–1 (1 = same normalised name, phone or mobile); of the name only when not visible */
      score: number;
      /**
       * @description name, phone, contactMobile; when not visible at most name (contact mobiles of customers outside my scope are never matched)
       * @example [
       *       "name"
       *     ]
       */
      matchedOn: string[];
      /** @description Whether I may open the record (inside my data scope) */
      visible: boolean;
      /** @description Only when visible */
      phone: string | null;
      /** @description Only when visible */
      code: string | null;
    };
    ProtectionReviewItemDto: {
      /**
       * Format: uuid
       * @description Approve or reject with /approvals/{id}/approve|reject
       */
      approvalId: string;
      requesterName: string;
      /** Format: date-time */
      submittedAt: string;
      customer: components['schemas']['CustomerDto'];
      contactCount: number;
      /**
       * @description What the review checks and is missing: name, address, phone, contact
       * @example [
       *       "contact"
       *     ]
       */
      missing: string[];
      /** @description Existing customers it may duplicate (撞单), best first */
      duplicates: components['schemas']['DuplicateCandidateDto'][];
    };
    RequestIntentDto: {
      /**
       * @description Why the customer is now an intent customer (shown to the approving manager)
       * @example 客户已确认采购预算，约定下周报价
       */
      reason: string;
    };
    RequestExtensionDto: {
      /**
       * @description Days to add to the protection; at most the `extensionMaxDays` rule
       * @example 10
       */
      days: number;
      /** @example 客户内部审批流程较长，需延长跟进 */
      reason: string;
    };
    AbandonCustomerDto: {
      /** @example 客户暂无需求 */
      reason: string;
    };
    /** @enum {string} */
    ChurnAlertStatus: 'OPEN' | 'DEFERRED' | 'CONFIRMED' | 'RESOLVED';
    ChurnMeasureDto: {
      /** Format: date-time */
      at: string;
      authorName: string | null;
      text: string;
    };
    ChurnAlertDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      customerName: string;
      customerCode: string;
      /** @example FORMAL */
      customerStatus: string;
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      /** Format: date-time */
      raisedAt: string;
      /** Format: date-time */
      lastDealAt: string | null;
      daysWithoutDeal: number | null;
      status: components['schemas']['ChurnAlertStatus'];
      measures: components['schemas']['ChurnMeasureDto'][];
      lossReason: string | null;
      /** Format: date-time */
      closedAt: string | null;
      closedByName: string | null;
      version: number;
    };
    DeferChurnDto: {
      /**
       * @description Retention measure 挽留措施; each call appends one
       * @example 安排技术回访，赠送一次免费保养
       */
      measure: string;
    };
    ConfirmChurnDto: {
      /** @example 客户已转向竞争对手 */
      reason: string;
    };
    WeeklyCountDto: {
      /**
       * @description Monday of the week, in the business time zone
       * @example 2026-11-30
       */
      weekStart: string;
      /**
       * @description Customers entered that week
       * @example 4
       */
      newCustomers: number;
      /**
       * @description Follow-ups that took place that week
       * @example 11
       */
      followUps: number;
    };
    StageCountDto: {
      stage: components['schemas']['CustomerStage'];
      /**
       * @description Equals the total of the customer list filtered by this stage
       * @example 12
       */
      count: number;
    };
    CustomerStatsDto: {
      /** @description Oldest week first, every week present (zeros included) */
      weeks: components['schemas']['WeeklyCountDto'][];
      /** @description Every lifecycle stage, in lifecycle order */
      stages: components['schemas']['StageCountDto'][];
    };
    TransferCustomersDto: {
      /** @description These customers… */
      customerIds?: string[];
      /**
       * Format: uuid
       * @description …or every customer of this owner (a departing rep)
       */
      fromOwnerId?: string;
      /** Format: uuid */
      toOwnerId: string;
      reason?: string;
    };
    TransferResultDto: {
      transferred: number;
    };
    CreateCustomerDto: {
      /** @example 春意空调 */
      shortName?: string | null;
      /** Format: uuid */
      categoryId?: string | null;
      /**
       * @description Dictionary customer-grade (A–E)
       * @example A
       */
      grade?: string | null;
      /**
       * @description Dictionary customer-level
       * @example key
       */
      level?: string | null;
      /**
       * @description Dictionary region
       * @example jiangsu
       */
      region?: string | null;
      /** @example 0523-84888888 */
      fax?: string | null;
      /** @example info@chunyi.example.com */
      email?: string | null;
      /**
       * Format: uri
       * @description An http or https address; without a scheme, http:// is assumed
       * @example https://chunyi.example.com
       */
      website?: string | null;
      /**
       * @description Dictionary customer-source
       * @example exhibition
       */
      source?: string | null;
      creditRating?: number | null;
      satisfaction?: number | null;
      legalRepresentative?: string | null;
      /**
       * @description Registered capital (CNY)
       * @example 1234.50
       */
      registeredCapital?: string | null;
      /**
       * @description Annual turnover (CNY)
       * @example 1234.50
       */
      annualTurnover?: string | null;
      bank?: string | null;
      bankAccount?: string | null;
      /** @description Unified social credit code / tax number */
      taxNumber?: string | null;
      /** @description ERP id, unique */
      externalId?: string | null;
      /**
       * @description Full legal name: region + trade name + industry + legal form
       * @example 靖江市春意空调有限公司
       */
      name: string;
      /** @example 江苏省靖江市人民路 88 号 */
      address: string;
      /**
       * @description Dictionary industry
       * @example manufacturing
       */
      industry: string;
      /**
       * @description Landline (area code + 7–8 digits), mobile (11 digits starting with 1), 400/800 or international number; extension allowed
       * @example 0523-84888888
       */
      phone: string;
      /** @example 生产家用及商用空调，年采购压缩机约 2 万台 */
      description: string;
      /**
       * Format: uuid
       * @description Owner; defaults to me (needs customer:transfer to choose another)
       */
      ownerId?: string;
    };
    UpdateCustomerDto: {
      /** @example 春意空调 */
      shortName?: string | null;
      /** Format: uuid */
      categoryId?: string | null;
      /**
       * @description Dictionary customer-grade (A–E)
       * @example A
       */
      grade?: string | null;
      /**
       * @description Dictionary customer-level
       * @example key
       */
      level?: string | null;
      /**
       * @description Dictionary region
       * @example jiangsu
       */
      region?: string | null;
      /** @example 0523-84888888 */
      fax?: string | null;
      /** @example info@chunyi.example.com */
      email?: string | null;
      /**
       * Format: uri
       * @description An http or https address; without a scheme, http:// is assumed
       * @example https://chunyi.example.com
       */
      website?: string | null;
      /**
       * @description Dictionary customer-source
       * @example exhibition
       */
      source?: string | null;
      creditRating?: number | null;
      satisfaction?: number | null;
      legalRepresentative?: string | null;
      /**
       * @description Registered capital (CNY)
       * @example 1234.50
       */
      registeredCapital?: string | null;
      /**
       * @description Annual turnover (CNY)
       * @example 1234.50
       */
      annualTurnover?: string | null;
      bank?: string | null;
      bankAccount?: string | null;
      /** @description Unified social credit code / tax number */
      taxNumber?: string | null;
      /** @description ERP id, unique */
      externalId?: string | null;
      name?: string;
      address?: string;
      industry?: string;
      phone?: string;
      description?: string;
      /** @description Version read before editing (alternative to If-Match) */
      version?: number;
    };
    FollowUpDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      /** Format: uuid */
      contactId: string | null;
      contactName: string | null;
      method: string;
      /** Format: date-time */
      occurredAt: string;
      place: string | null;
      summary: string;
      details: string | null;
      result: string | null;
      /** Format: date-time */
      nextContactAt: string | null;
      /** Format: uuid */
      ownerId: string;
      ownerName: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    TimelineEntryDto: {
      /** @enum {string} */
      kind: 'follow-up' | 'history';
      /** Format: date-time */
      at: string;
      followUp?: components['schemas']['FollowUpDto'];
      history?: components['schemas']['HistoryEntryDto'];
    };
    MergeCustomerDto: {
      /**
       * Format: uuid
       * @description The duplicate that is merged into this customer and then removed
       */
      duplicateId: string;
    };
    RequestTermsChangeDto: {
      /**
       * @description New agreed discount, percent of list price (0–100, two decimals); null clears it
       * @example 92.50
       */
      discountPercent?: string | null;
      /**
       * @description New settlement terms; null clears them
       * @example 月结 60 天
       */
      settlementTerms?: string | null;
      /**
       * @description Why (shown to the approvers)
       * @example 年采购量增加，申请调整折扣及账期
       */
      reason: string;
    };
    TeamMemberDto: {
      /** Format: uuid */
      customerId: string;
      /** Format: uuid */
      userId: string;
      username: string;
      displayName: string;
      /** Format: uuid */
      departmentId: string | null;
      /** @enum {string} */
      access: 'READ' | 'WRITE';
    };
    PutTeamMemberDto: {
      /**
       * @description The seat’s access level. Every team member sees the customer whatever their own data scope
       * @example READ
       * @enum {string}
       */
      access: 'READ' | 'WRITE';
    };
    ContactDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      name: string;
      gender: string | null;
      title: string | null;
      mobile: string | null;
      phone: string | null;
      email: string | null;
      isPrimary: boolean;
      /** Format: date */
      birthday: string | null;
      notes: string | null;
      version: number;
    };
    CreateContactDto: {
      /**
       * @description Dictionary gender
       * @example male
       */
      gender?: string | null;
      /** @example 采购经理 */
      title?: string | null;
      /**
       * @description Mobile: 11 digits starting with 1 (or an international number)
       * @example 13800138000
       */
      mobile?: string | null;
      /**
       * @description Landline (area code + 7–8 digits, extension allowed) or mobile
       * @example 0523-84888888 转 123
       */
      phone?: string | null;
      email?: string | null;
      /** @description The customer’s primary contact (one per customer) */
      isPrimary?: boolean;
      /**
       * Format: date
       * @example 1985-06-01
       */
      birthday?: string | null;
      notes?: string | null;
      /** @example 王建国 */
      name: string;
    };
    UpdateContactDto: {
      /**
       * @description Dictionary gender
       * @example male
       */
      gender?: string | null;
      /** @example 采购经理 */
      title?: string | null;
      /**
       * @description Mobile: 11 digits starting with 1 (or an international number)
       * @example 13800138000
       */
      mobile?: string | null;
      /**
       * @description Landline (area code + 7–8 digits, extension allowed) or mobile
       * @example 0523-84888888 转 123
       */
      phone?: string | null;
      email?: string | null;
      /** @description The customer’s primary contact (one per customer) */
      isPrimary?: boolean;
      /**
       * Format: date
       * @example 1985-06-01
       */
      birthday?: string | null;
      notes?: string | null;
      name?: string;
      version?: number;
    };
    CustomerDocumentDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      /** @example 扬州春意框架协议.pdf */
      name: string;
      /**
       * @description Bytes
       * @example 482113
       */
      size: number;
      /**
       * @description The type found in the content
       * @example application/pdf
       */
      contentType: string;
      /**
       * @description SHA-256 of the content, hex
       * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
       */
      sha256: string;
      /** @example 2026 年度框架协议扫描件 */
      note: string | null;
      /** Format: uuid */
      uploadedById: string | null;
      /** @example 张伟 */
      uploadedByName: string | null;
      /** Format: date-time */
      uploadedAt: string;
    };
    UploadCustomerDocumentDto: {
      /** @example 2026 年度框架协议扫描件 */
      note?: string;
      /**
       * Format: binary
       * @description PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint (also legacy .doc/.xls/.ppt) or zip, judged by content; at most the `fileMaxUploadMb` rule (default 20 MB)
       */
      file: string;
    };
    CreateFollowUpDto: {
      /**
       * @description Dictionary follow-up-method
       * @example visit
       */
      method: string;
      /** Format: date-time */
      occurredAt: string;
      /** @example 客户公司会议室 */
      place?: string | null;
      /** @example 介绍新款压缩机方案 */
      summary: string;
      details?: string | null;
      /**
       * @description Dictionary follow-up-result (A 商谈成功 … E 连续观察)
       * @example B
       */
      result?: string | null;
      /** Format: uuid */
      contactId?: string | null;
      /**
       * Format: date-time
       * @description Becomes a reminder for the owner on that day. Required while the rule `followUpRequiresNextContact` is on (the default): 400 naming `nextContactAt` without it
       */
      nextContactAt?: string | null;
    };
    CategoryNodeDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      parentId: string | null;
      sortOrder: number;
      /** @description Customers filed directly under this node, counting only those the caller may see (data scope) */
      customerCount: number;
      version: number;
      children: components['schemas']['CategoryNodeDto'][];
    };
    CreateCategoryDto: {
      /** @example 制造业客户 */
      name: string;
      /**
       * Format: uuid
       * @description Parent; omitted → top level
       */
      parentId?: string | null;
      sortOrder?: number;
    };
    CategoryDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      parentId: string | null;
      sortOrder: number;
      /** @description Customers filed directly under this node, counting only those the caller may see (data scope) */
      customerCount: number;
      version: number;
    };
    UpdateCategoryDto: {
      /** @example 制造业客户 */
      name?: string;
      sortOrder?: number;
    };
    MoveCategoryDto: {
      /**
       * Format: uuid
       * @description New parent; null → top level
       */
      parentId: string | null;
      sortOrder?: number;
    };
    ProductCategoryNodeDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      parentId: string | null;
      sortOrder: number;
      /** @description Live products filed directly under this line */
      productCount: number;
      version: number;
      children: components['schemas']['ProductCategoryNodeDto'][];
    };
    CreateProductCategoryDto: {
      /** @example 家用空调 */
      name: string;
      /**
       * Format: uuid
       * @description Parent line; omitted → top level
       */
      parentId?: string | null;
      sortOrder?: number;
    };
    ProductCategoryDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      parentId: string | null;
      sortOrder: number;
      /** @description Live products filed directly under this line */
      productCount: number;
      version: number;
    };
    UpdateProductCategoryDto: {
      /** @example 家用空调 */
      name?: string;
      sortOrder?: number;
    };
    MoveProductCategoryDto: {
      /**
       * Format: uuid
       * @description New parent; null → top level
       */
      parentId: string | null;
      sortOrder?: number;
    };
    /** @enum {string} */
    ProductStatus: 'ON_SALE' | 'DISCONTINUED';
    ProductDto: {
      /** Format: uuid */
      id: string;
      code: string;
      name: string;
      model: string | null;
      spec: string | null;
      unit: string;
      /** @example 12800.00 */
      listPrice: string;
      /**
       * @description VAT rate in percent
       * @example 13.00
       */
      taxRate: string;
      status: components['schemas']['ProductStatus'];
      /** Format: uuid */
      categoryId: string | null;
      stockOnHand: number;
      /** Format: date-time */
      stockUpdatedAt: string | null;
      /** @description The ERP id the catalogue is mirrored by */
      externalId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    CreateProductDto: {
      /** @example KT-3500 */
      code: string;
      /** @example 春意 3.5 匹柜机 */
      name: string;
      /** @example KFR-72LW */
      model?: string | null;
      /** @example 制冷量 7200W，一级能效 */
      spec?: string | null;
      /** @example 台 */
      unit: string;
      /**
       * @description List price (标价), not negative
       * @example 12800.00
       */
      listPrice: string;
      /**
       * @description VAT rate in percent, 0–100
       * @example 13.00
       */
      taxRate: string;
      /** @example ON_SALE */
      status: components['schemas']['ProductStatus'];
      /**
       * Format: uuid
       * @description Product line (category)
       */
      categoryId?: string | null;
      /** @description Stock on hand; omitted → unchanged (0 for a new product) */
      stockOnHand?: number;
    };
    UpsertProductDto: {
      /** @example KT-3500 */
      code: string;
      /** @example 春意 3.5 匹柜机 */
      name: string;
      /** @example KFR-72LW */
      model?: string | null;
      /** @example 制冷量 7200W，一级能效 */
      spec?: string | null;
      /** @example 台 */
      unit: string;
      /**
       * @description List price (标价), not negative
       * @example 12800.00
       */
      listPrice: string;
      /**
       * @description VAT rate in percent, 0–100
       * @example 13.00
       */
      taxRate: string;
      /** @example ON_SALE */
      status: components['schemas']['ProductStatus'];
      /**
       * Format: uuid
       * @description Product line (category)
       */
      categoryId?: string | null;
      /** @description Stock on hand; omitted → unchanged (0 for a new product) */
      stockOnHand?: number;
    };
    /** @enum {string} */
    UpsertOutcome: 'CREATED' | 'UPDATED' | 'UNCHANGED';
    ProductUpsertResultDto: {
      outcome: components['schemas']['UpsertOutcome'];
      product: components['schemas']['ProductDto'];
    };
    UpdateStockDto: {
      /** @example 42 */
      stockOnHand: number;
      /**
       * Format: date-time
       * @description When the ERP counted it; omitted → now
       * @example 2026-11-23T09:00:00+08:00
       */
      countedAt?: string;
    };
    UpdateProductDto: {
      /** @example KT-3500 */
      code?: string;
      /** @example 春意 3.5 匹柜机 */
      name?: string;
      model?: string | null;
      spec?: string | null;
      /** @example 台 */
      unit?: string;
      /** @example 12800.00 */
      listPrice?: string;
      /**
       * @description VAT rate in percent, 0–100
       * @example 13.00
       */
      taxRate?: string;
      /** @example ON_SALE */
      status?: components['schemas']['ProductStatus'];
      /** Format: uuid */
      categoryId?: string | null;
    };
    StageDefinitionDto: {
      /** @example lead */
      code: string;
      /** @example 线索 */
      label: string;
      /** @example Lead */
      labelEn: string | null;
      /** @example 10 */
      probability: number;
      /** @description false for won and lost (reached through win and lose) */
      open: boolean;
    };
    StageProbabilityDto: {
      /** @example 30 */
      probability: number;
    };
    FunnelStageDto: {
      /** @example proposal */
      stage: string;
      /** @example 方案/报价 */
      label: string;
      labelEn: string | null;
      /** @description Opportunities now in this stage */
      count: number;
      /**
       * @description Σ expected amount
       * @example 860000.00
       */
      amount: string;
      /**
       * @description round2(Σ expected amount × probability / 100)
       * @example 430000.00
       */
      weightedAmount: string;
      /** @description Opportunities that ever entered this stage (stage history) */
      reached: number;
      /**
       * @description Percent of those that reached this stage and reached the next (for the last open stage: won); null for won, lost or none reached
       * @example 42.50
       */
      conversionToNext: string | null;
    };
    ForecastMonthDto: {
      /** @example 2027-03 */
      month: string;
      count: number;
      /** @example 860000.00 */
      amount: string;
      /** @example 430000.00 */
      weightedAmount: string;
    };
    FunnelDto: {
      stages: components['schemas']['FunnelStageDto'][];
      wonCount: number;
      lostCount: number;
      /**
       * @description won / (won + lost) in percent; null when none closed
       * @example 60.00
       */
      winRate: string | null;
      /**
       * @description Average days from entry to win, one decimal
       * @example 23.5
       */
      averageCycleDays: number | null;
      /** @description Open opportunities by month of expected close date */
      forecast: components['schemas']['ForecastMonthDto'][];
    };
    /** @enum {string} */
    QuoteStatus: 'DRAFT' | 'SENT' | 'ACCEPTED' | 'REJECTED' | 'EXPIRED';
    /**
     * @description The discount approval, when the quote needs one
     * @enum {string}
     */
    QuoteApprovalState: 'PENDING' | 'APPROVED' | 'REJECTED';
    QuoteLineDto: {
      lineNo: number;
      /** Format: uuid */
      productId: string;
      productCode: string;
      productName: string;
      unit: string;
      /** @example 2.000 */
      quantity: string;
      /** @example 12800.00 */
      listPrice: string;
      /** @example 12800.00 */
      unitPrice: string;
      /** @example 5.00 */
      discountPercent: string;
      /** @example 13.00 */
      taxRate: string;
      /**
       * @description round2(quantity × unitPrice × (100 − discount) / 100)
       * @example 24320.00
       */
      amount: string;
      /** @description round2(amount × (100 − header discount) / 100) */
      netAmount: string;
      /** @description round2(netAmount × taxRate / 100) */
      taxAmount: string;
    };
    QuoteDto: {
      /** Format: uuid */
      id: string;
      /** @example BJ20261123-0001 */
      number: string;
      /** @description Version under this number; a revision of a sent quote is the next one */
      revision: number;
      /** Format: uuid */
      opportunityId: string;
      status: components['schemas']['QuoteStatus'];
      /** Format: date */
      validUntil: string;
      /** @example 0.00 */
      headerDiscountPercent: string;
      /** @description Σ line amount */
      subtotal: string;
      /** @description Σ (line amount − line net) */
      discountTotal: string;
      /** @description Σ line net */
      netTotal: string;
      /** @description Σ line tax */
      taxTotal: string;
      /** @description netTotal + taxTotal */
      total: string;
      note: string | null;
      /** @description The discount approval, when the quote needs one */
      approvalState: components['schemas']['QuoteApprovalState'] | null;
      /** Format: date-time */
      sentAt: string | null;
      /**
       * Format: uuid
       * @description The newer revision that replaced this one
       */
      supersededById: string | null;
      /**
       * Format: uuid
       * @description The signed contract made from this quote
       */
      contractId: string | null;
      /**
       * Format: date-time
       * @description When that contract was signed
       */
      contractedAt: string | null;
      lines: components['schemas']['QuoteLineDto'][];
      /** Format: date-time */
      createdAt: string;
      version: number;
    };
    QuoteLineInputDto: {
      /**
       * Format: uuid
       * @description An on-sale product of the catalogue
       */
      productId: string;
      /**
       * @description More than 0, at most three decimals
       * @example 2
       */
      quantity: string;
      /**
       * @description Default: the product’s list price
       * @example 12800.00
       */
      unitPrice?: string;
      /**
       * @description Line discount in percent; default 0
       * @example 5.00
       */
      discountPercent?: string;
    };
    SaveQuoteDto: {
      /**
       * Format: date
       * @description Valid until (inclusive); not before today
       * @example 2026-12-31
       */
      validUntil: string;
      /**
       * @description Discount on the whole quote in percent; default 0
       * @example 5.00
       */
      headerDiscountPercent?: string;
      note?: string | null;
      lines: components['schemas']['QuoteLineInputDto'][];
    };
    /** @enum {string} */
    OpportunityStatus: 'UNASSIGNED' | 'ASSIGNED' | 'WON' | 'LOST';
    OpportunityDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** Format: uuid */
      customerId: string | null;
      customerName: string | null;
      prospectCompany: string | null;
      prospectContact: string | null;
      prospectPhone: string | null;
      source: string | null;
      summary: string | null;
      contactName: string | null;
      contactPhone: string | null;
      /** @example 860000.00 */
      expectedAmount: string;
      probability: number;
      /** Format: date */
      expectedCloseDate: string | null;
      /** @example lead */
      stage: string;
      status: components['schemas']['OpportunityStatus'];
      /** Format: uuid */
      ownerId: string | null;
      /** @description The owner’s display name */
      ownerName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      /** Format: date-time */
      stageChangedAt: string;
      /** Format: date-time */
      closedAt: string | null;
      lossReason: string | null;
      lossNote: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    KanbanColumnDto: {
      /** @example proposal */
      stage: string;
      /** @example 方案/报价 */
      label: string;
      labelEn: string | null;
      /** @example 50 */
      probability: number;
      /** @description Open opportunities in this stage (all of them, not only the cards) */
      count: number;
      /**
       * @description Σ expected amount of those
       * @example 860000.00
       */
      amount: string;
      /** @description The first cards: most recently moved into the stage first */
      items: components['schemas']['OpportunityDto'][];
    };
    OpportunityKanbanDto: {
      /** @description One column per open stage, in dictionary order */
      columns: components['schemas']['KanbanColumnDto'][];
    };
    ProspectDto: {
      /** @example 泰州市冬暖制冷设备有限公司 */
      company: string;
      /** @example 周经理 */
      contactName: string;
      /** @example 0523-86660000 */
      phone: string;
    };
    CreateOpportunityDto: {
      /** @example 冬暖制冷 2027 年压缩机集采 */
      title: string;
      /**
       * Format: uuid
       * @description An existing customer in your scope; or give `prospect` instead
       */
      customerId?: string;
      /** @description A company not yet a customer (when there is no `customerId`) */
      prospect?: components['schemas']['ProspectDto'];
      /**
       * @description Dictionary opportunity-source
       * @example exhibition
       */
      source?: string | null;
      summary?: string | null;
      /** @example 周经理 */
      contactName?: string | null;
      /** @example 13900001111 */
      contactPhone?: string | null;
      /**
       * @description Expected amount, not negative
       * @example 860000.00
       */
      expectedAmount?: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      expectedCloseDate?: string | null;
      /**
       * @description Dictionary opportunity-stage (open stages); default lead
       * @example lead
       */
      stage?: string;
      /** @description Success probability in percent; default: the stage’s */
      probability?: number;
      /**
       * Format: uuid
       * @description Owner; omitted → me. null leaves it unassigned in the managers’ queue, another user assigns it (both need opportunity:assign)
       */
      ownerId?: string | null;
    };
    DuplicateWarningDto: {
      /**
       * Format: uuid
       * @description Null when the customer is outside your scope
       */
      id: string | null;
      name: string;
      status: string;
      ownerName: string | null;
      /**
       * @example [
       *       "name"
       *     ]
       */
      matchedOn: string[];
    };
    CreatedOpportunityDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** Format: uuid */
      customerId: string | null;
      customerName: string | null;
      prospectCompany: string | null;
      prospectContact: string | null;
      prospectPhone: string | null;
      source: string | null;
      summary: string | null;
      contactName: string | null;
      contactPhone: string | null;
      /** @example 860000.00 */
      expectedAmount: string;
      probability: number;
      /** Format: date */
      expectedCloseDate: string | null;
      /** @example lead */
      stage: string;
      status: components['schemas']['OpportunityStatus'];
      /** Format: uuid */
      ownerId: string | null;
      /** @description The owner’s display name */
      ownerName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      /** Format: date-time */
      stageChangedAt: string;
      /** Format: date-time */
      closedAt: string | null;
      lossReason: string | null;
      lossNote: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @description Existing customers the prospect resembles (a warning; empty for a customer) */
      duplicateWarnings: components['schemas']['DuplicateWarningDto'][];
    };
    UpdateOpportunityDto: {
      title?: string;
      source?: string | null;
      summary?: string | null;
      contactName?: string | null;
      contactPhone?: string | null;
      /** @example 1234.50 */
      expectedAmount?: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      expectedCloseDate?: string | null;
      probability?: number;
    };
    StageChangeDto: {
      fromStage: string | null;
      toStage: string;
      /** Format: uuid */
      changedBy: string | null;
      /** @description Who moved it, by display name */
      changedByName: string | null;
      /** Format: date-time */
      changedAt: string;
      note: string | null;
    };
    ChangeStageDto: {
      /** @example qualified */
      stage: string;
      /** @description Default: the new stage’s probability */
      probability?: number;
      note?: string | null;
    };
    AssignOpportunityDto: {
      /**
       * Format: uuid
       * @description A user of a department inside your data scope
       */
      ownerId: string;
    };
    WinCustomerDto: {
      /** @example 江苏省泰州市海陵区工业园 8 号 */
      address: string;
      /**
       * @description Dictionary industry
       * @example manufacturing
       */
      industry: string;
      description?: string;
    };
    WinOpportunityDto: {
      /** @description Required when the opportunity is for a prospect: it becomes a customer */
      customer?: components['schemas']['WinCustomerDto'];
      /**
       * @description The amount won; default the expected amount
       * @example 1234.50
       */
      amount?: string;
    };
    LoseOpportunityDto: {
      /**
       * @description Dictionary loss-reason
       * @example price
       */
      reason: string;
      note?: string | null;
    };
    ReopenOpportunityDto: {
      /**
       * @description The open stage it returns to
       * @example negotiation
       */
      stage: string;
      /** @example 客户重新启动招标 */
      reason: string;
    };
    PlanItemDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      opportunityId: string;
      title: string;
      /** Format: date */
      plannedOn: string;
      /** Format: uuid */
      executorId: string;
      /** @description The executor’s display name */
      executorName: string | null;
      result: string | null;
      /** Format: date */
      executedOn: string | null;
      /** @description Planned before today and not executed */
      overdue: boolean;
      version: number;
    };
    CreatePlanItemDto: {
      /** @example 上门演示变频机组，约技术部王工 */
      title: string;
      /**
       * Format: date
       * @example 2026-12-01
       */
      plannedOn: string;
      /**
       * Format: uuid
       * @description Who carries it out; default the opportunity’s owner
       */
      executorId?: string;
    };
    UpdatePlanItemDto: {
      title?: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      plannedOn?: string;
      /** Format: uuid */
      executorId?: string;
    };
    ExecutePlanItemDto: {
      /** @example 演示顺利，客户要求报价 */
      result: string;
      /**
       * Format: date
       * @description Default: today (business time zone)
       * @example 2026-12-31
       */
      executedOn?: string;
    };
    /** @enum {string} */
    ContractNumberStatus: 'RESERVED' | 'USED' | 'VOID';
    ContractNumberDto: {
      /** Format: uuid */
      id: string;
      /** @example HT202612-0007 */
      number: string;
      /**
       * @description The month (yyyyMM, business time zone) whose sequence the number belongs to
       * @example 202612
       */
      period: string;
      /**
       * @description Its place in the month’s sequence
       * @example 7
       */
      seq: number;
      status: components['schemas']['ContractNumberStatus'];
      /**
       * Format: uuid
       * @description Who reserved or used it
       */
      ownerId: string;
      /** @example 张伟 */
      ownerName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      /** Format: date-time */
      reservedAt: string | null;
      /**
       * Format: date-time
       * @description When an unused reservation lapses and the number is voided
       */
      expiresAt: string | null;
      /** Format: date-time */
      usedAt: string | null;
      /** Format: date-time */
      voidedAt: string | null;
      /**
       * @description Why the number is void: EXPIRED (reservation unused)
       * @example EXPIRED
       */
      voidReason: string | null;
    };
    /** @enum {string} */
    ContractStatus: 'DRAFT' | 'PENDING_APPROVAL' | 'APPROVED' | 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
    /** @enum {string} */
    OrderReviewState: 'PENDING' | 'PASSED' | 'FAILED';
    ContractSummaryDto: {
      /** Format: uuid */
      id: string;
      /** @example HT202611-0001 */
      number: string;
      /** Format: uuid */
      customerId: string;
      /** @example 靖江市春意空调有限公司 */
      customerName: string;
      /** @example sales */
      type: string;
      title: string;
      status: components['schemas']['ContractStatus'];
      customOrder: boolean;
      orderReviewState: components['schemas']['OrderReviewState'] | null;
      /** Format: date */
      signingDate: string | null;
      /** Format: date */
      startDate: string | null;
      /** Format: date */
      endDate: string | null;
      /**
       * @description Total of the revision in force
       * @example 27481.60
       */
      total: string;
      /** @description The revision in force */
      revision: number;
      /** Format: uuid */
      ownerId: string;
      /** @example 张伟 */
      ownerName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    BuyerInputDto: {
      /**
       * @description Default: the customer’s name
       * @example 靖江市春意空调有限公司
       */
      name?: string;
      /** @example 91321282MA1XXXXX0K */
      taxNumber?: string | null;
      /** @example 中国银行靖江支行 */
      bank?: string | null;
      /** @example 5123 0000 1111 */
      bankAccount?: string | null;
      /** @example 江苏省靖江市人民路 88 号 */
      address?: string | null;
      /** @example 0523-84000000 */
      phone?: string | null;
    };
    ContractLineInputDto: {
      /**
       * Format: uuid
       * @description An on-sale product of the catalogue
       */
      productId: string;
      /**
       * @description More than 0, at most three decimals
       * @example 2
       */
      quantity: string;
      /**
       * @description Default: the product’s list price
       * @example 12800.00
       */
      unitPrice?: string;
      /**
       * @description Line discount in percent; default 0
       * @example 5.00
       */
      discountPercent?: string;
    };
    CreateContractDto: {
      /**
       * @description Dictionary `contract-type`
       * @example sales
       */
      type: string;
      /** @example 春意空调 2027 年度采购合同 */
      title: string;
      /** @description A custom order 定制订单: needs an order review 订单评审 before signing. Default false (stock order) */
      customOrder?: boolean;
      /**
       * Format: date
       * @description Planned signing date
       * @example 2026-12-31
       */
      signingDate?: string | null;
      /**
       * Format: date
       * @example 2026-12-31
       */
      startDate?: string | null;
      /**
       * Format: date
       * @description Not before startDate
       * @example 2026-12-31
       */
      endDate?: string | null;
      /**
       * Format: uuid
       * @description Our signer (a user)
       */
      ourSignerId?: string | null;
      /**
       * @description The customer’s signer
       * @example 王建国
       */
      customerSigner?: string | null;
      /**
       * @description Dictionary `payment-method`
       * @example bank-transfer
       */
      paymentMethod?: string | null;
      /** @example 合同签订后 7 日内预付 30%，验收后 30 日内付清 */
      paymentTerms?: string | null;
      buyer?: components['schemas']['BuyerInputDto'];
      /**
       * @description Discount on the whole contract in percent; default 0
       * @example 5.00
       */
      headerDiscountPercent?: string;
      /**
       * @description 附加及其他: additional terms, gifts and promises — whatever was promised is written here
       * @example 赠送安装调试及一年免费保养
       */
      additionalTerms?: string | null;
      /**
       * @description A number I reserved (预领); omitted: the next number is issued
       * @example HT202611-0001
       */
      number?: string;
      /**
       * Format: uuid
       * @description Required unless the quote or opportunity names the customer
       */
      customerId?: string;
      /** Format: uuid */
      opportunityId?: string;
      /**
       * Format: uuid
       * @description An ACCEPTED quote: its lines and header discount are copied when `lines` is omitted
       */
      quoteId?: string;
      /** @description Required unless `quoteId` is given */
      lines?: components['schemas']['ContractLineInputDto'][];
    };
    BuyerDto: {
      /** @example 靖江市春意空调有限公司 */
      name: string;
      taxNumber: string | null;
      bank: string | null;
      bankAccount: string | null;
      address: string | null;
      phone: string | null;
    };
    ContractLineDto: {
      lineNo: number;
      /** Format: uuid */
      productId: string;
      productCode: string;
      productName: string;
      unit: string;
      /** @example 2.000 */
      quantity: string;
      /** @example 12800.00 */
      listPrice: string;
      /** @example 12800.00 */
      unitPrice: string;
      /** @example 5.00 */
      discountPercent: string;
      /** @example 13.00 */
      taxRate: string;
      /**
       * @description round2(quantity × unitPrice × (100 − discount) / 100)
       * @example 24320.00
       */
      amount: string;
      /** @description round2(amount × (100 − header discount) / 100) */
      netAmount: string;
      /** @description round2(netAmount × taxRate / 100) */
      taxAmount: string;
    };
    ContractDto: {
      /** Format: uuid */
      id: string;
      /** @example HT202611-0001 */
      number: string;
      /** Format: uuid */
      customerId: string;
      /** @example 靖江市春意空调有限公司 */
      customerName: string;
      /** @example sales */
      type: string;
      title: string;
      status: components['schemas']['ContractStatus'];
      customOrder: boolean;
      orderReviewState: components['schemas']['OrderReviewState'] | null;
      /** Format: date */
      signingDate: string | null;
      /** Format: date */
      startDate: string | null;
      /** Format: date */
      endDate: string | null;
      /**
       * @description Total of the revision in force
       * @example 27481.60
       */
      total: string;
      /** @description The revision in force */
      revision: number;
      /** Format: uuid */
      ownerId: string;
      /** @example 张伟 */
      ownerName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** Format: uuid */
      opportunityId: string | null;
      /** Format: uuid */
      quoteId: string | null;
      /** Format: uuid */
      ourSignerId: string | null;
      ourSignerName: string | null;
      customerSigner: string | null;
      paymentMethod: string | null;
      paymentTerms: string | null;
      buyer: components['schemas']['BuyerDto'];
      /** @description 附加及其他 */
      additionalTerms: string | null;
      /** @example 0.00 */
      headerDiscountPercent: string;
      /** @description Σ line amount */
      subtotal: string;
      /** @description Σ (line amount − line net) */
      discountTotal: string;
      /** @description Σ line net */
      netTotal: string;
      /** @description Σ line tax */
      taxTotal: string;
      /** @description The lines in force (revision `revision`) */
      lines: components['schemas']['ContractLineDto'][];
      /** @description An amendment awaiting approval (its revision number) */
      pendingRevision: number | null;
      /** @description The last rejection’s comment (shown on a draft sent back) */
      rejectionComment: string | null;
      electronic: boolean;
      /** Format: date-time */
      signedAt: string | null;
      /** Format: uuid */
      signedBy: string | null;
      /** Format: date-time */
      completedAt: string | null;
      /** @description Why it was completed by hand */
      completionReason: string | null;
      /** Format: date-time */
      terminatedAt: string | null;
      terminationReason: string | null;
      /**
       * @description What the contract’s status allows: edit, delete, submit, sign, complete, terminate, amend, request-order-review, attach, detach (permissions still apply: contract:write, contract:sign for sign, contract:close for complete and terminate)
       * @example [
       *       "edit",
       *       "submit",
       *       "attach"
       *     ]
       */
      actions: string[];
    };
    SaveContractDto: {
      /**
       * @description Dictionary `contract-type`
       * @example sales
       */
      type: string;
      /** @example 春意空调 2027 年度采购合同 */
      title: string;
      /** @description A custom order 定制订单: needs an order review 订单评审 before signing. Default false (stock order) */
      customOrder?: boolean;
      /**
       * Format: date
       * @description Planned signing date
       * @example 2026-12-31
       */
      signingDate?: string | null;
      /**
       * Format: date
       * @example 2026-12-31
       */
      startDate?: string | null;
      /**
       * Format: date
       * @description Not before startDate
       * @example 2026-12-31
       */
      endDate?: string | null;
      /**
       * Format: uuid
       * @description Our signer (a user)
       */
      ourSignerId?: string | null;
      /**
       * @description The customer’s signer
       * @example 王建国
       */
      customerSigner?: string | null;
      /**
       * @description Dictionary `payment-method`
       * @example bank-transfer
       */
      paymentMethod?: string | null;
      /** @example 合同签订后 7 日内预付 30%，验收后 30 日内付清 */
      paymentTerms?: string | null;
      buyer?: components['schemas']['BuyerInputDto'];
      /**
       * @description Discount on the whole contract in percent; default 0
       * @example 5.00
       */
      headerDiscountPercent?: string;
      /**
       * @description 附加及其他: additional terms, gifts and promises — whatever was promised is written here
       * @example 赠送安装调试及一年免费保养
       */
      additionalTerms?: string | null;
      /** @description Priced by the server from the catalogue; totals are computed, never sent */
      lines: components['schemas']['ContractLineInputDto'][];
    };
    SignContractDto: {
      /**
       * Format: date
       * @description The day both sides signed; not later than `contractSigningMaxDaysAhead` days from today
       * @example 2026-12-31
       */
      signingDate: string;
      /**
       * Format: uuid
       * @description Our signer
       */
      ourSignerId: string;
      /**
       * @description The customer’s signer
       * @example 王建国
       */
      customerSigner: string;
      /** @description An electronic contract: no signed scan needs attaching. Default false */
      electronic?: boolean;
      /**
       * Format: uuid
       * @description After-sales owner 售后负责人 of the (now formal) customer
       */
      afterSalesOwnerId?: string | null;
    };
    CompleteContractDto: {
      /** @example 货物已全部交付并验收，尾款结清 */
      reason: string;
    };
    TerminateContractDto: {
      /** @example 客户项目取消，双方协商解除 */
      reason: string;
    };
    AmendContractDto: {
      /** @example 客户追加 2 台柜机 */
      reason: string;
      /**
       * @description Default 0
       * @example 5.00
       */
      headerDiscountPercent?: string;
      lines: components['schemas']['ContractLineInputDto'][];
      /** @description Default: unchanged */
      additionalTerms?: string | null;
      /**
       * Format: date
       * @description Default: unchanged
       * @example 2026-12-31
       */
      endDate?: string | null;
    };
    /** @enum {string} */
    ContractRevisionStatus: 'DRAFT' | 'PENDING_APPROVAL' | 'APPROVED' | 'REJECTED';
    ContractRevisionDto: {
      /** Format: uuid */
      id: string;
      /** @example 2 */
      revision: number;
      status: components['schemas']['ContractRevisionStatus'];
      /** @description Why the amendment was made (null for revision 1) */
      reason: string | null;
      additionalTerms: string | null;
      /** Format: date */
      endDate: string | null;
      headerDiscountPercent: string;
      subtotal: string;
      discountTotal: string;
      netTotal: string;
      taxTotal: string;
      total: string;
      /** Format: date-time */
      approvedAt: string | null;
      /** @description The rejecting approver’s comment */
      decisionComment: string | null;
      /** @description The revision in force */
      inForce: boolean;
      lines: components['schemas']['ContractLineDto'][];
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    /** @enum {string} */
    ContractAttachmentKind: 'SIGNED_SCAN' | 'OTHER';
    ContractAttachmentDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contractId: string;
      kind: components['schemas']['ContractAttachmentKind'];
      /**
       * Format: uuid
       * @description The stored file: what a payment names as its bank slip (`attachmentFileId`)
       */
      fileId: string;
      /** @example 春意空调采购合同-盖章.pdf */
      name: string;
      /**
       * @description Bytes
       * @example 482113
       */
      size: number;
      /**
       * @description The type found in the content
       * @example application/pdf
       */
      contentType: string;
      /** @description SHA-256 of the content, hex */
      sha256: string;
      note: string | null;
      /** Format: uuid */
      uploadedById: string | null;
      /** @example 张伟 */
      uploadedByName: string | null;
      /** Format: date-time */
      uploadedAt: string;
    };
    UploadContractAttachmentDto: {
      /**
       * @description Default OTHER; SIGNED_SCAN is the signed contract signing asks for
       * @example SIGNED_SCAN
       */
      kind?: components['schemas']['ContractAttachmentKind'];
      /** @example 双方盖章扫描件 */
      note?: string;
      /**
       * Format: binary
       * @description PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint (also legacy .doc/.xls/.ppt) or zip, judged by content; at most the `fileMaxUploadMb` rule (default 20 MB)
       */
      file: string;
    };
    /**
     * @description OVERDUE from the day after the due date (business time zone) while not fully paid
     * @enum {string}
     */
    InstalmentState: 'PAID' | 'PARTIAL' | 'UNPAID' | 'OVERDUE';
    InstalmentDto: {
      /** Format: uuid */
      id: string;
      /**
       * @description Position in the plan, by due date
       * @example 1
       */
      number: number;
      /**
       * Format: date
       * @example 2027-01-31
       */
      dueDate: string;
      /** @example 30000.00 */
      amount: string;
      /**
       * @description Confirmed payments allocated to it, net of reversals
       * @example 10000.00
       */
      received: string;
      /** @example 20000.00 */
      outstanding: string;
      /** @description OVERDUE from the day after the due date (business time zone) while not fully paid */
      state: components['schemas']['InstalmentState'];
      note: string | null;
      version: number;
    };
    ReceivablePlanDto: {
      /** Format: uuid */
      contractId: string;
      /** @example HT202611-0001 */
      contractNumber: string;
      /**
       * @description The contract amount in force
       * @example 100000.00
       */
      contractAmount: string;
      /**
       * @description Sum of the instalments (0.00 before a plan is entered)
       * @example 100000.00
       */
      planned: string;
      /**
       * @description Confirmed payments net of reversals
       * @example 30000.00
       */
      received: string;
      /**
       * @description Payments awaiting finance’s confirmation
       * @example 5000.00
       */
      pending: string;
      /**
       * @description Contract amount minus received
       * @example 70000.00
       */
      outstanding: string;
      /**
       * @description Outstanding on overdue instalments
       * @example 0.00
       */
      overdue: string;
      /** @description Oldest due first */
      instalments: components['schemas']['InstalmentDto'][];
    };
    InstalmentInputDto: {
      /**
       * Format: uuid
       * @description An instalment of the current plan, kept or changed; omitted for a new one
       */
      id?: string;
      /**
       * Format: date
       * @example 2027-01-31
       */
      dueDate: string;
      /**
       * @description Greater than 0
       * @example 30000.00
       */
      amount: string;
      /** @example 签约后 30 日内预付 30% */
      note?: string | null;
    };
    SaveReceivablePlanDto: {
      /** @description Their amounts add up to the contract amount in force */
      instalments: components['schemas']['InstalmentInputDto'][];
    };
    /**
     * @description SIGNING: the signing date (today if not signed yet); DELIVERY / ACCEPTANCE: the expected day in `date`; DATE: `date` itself
     * @enum {string}
     */
    PaymentTrigger: 'SIGNING' | 'DELIVERY' | 'ACCEPTANCE' | 'DATE';
    PaymentTermDto: {
      /**
       * @description Percent of the amount to plan (> 0, at most two decimals); the terms add up to 100
       * @example 30
       */
      percent: string;
      /**
       * @description SIGNING: the signing date (today if not signed yet); DELIVERY / ACCEPTANCE: the expected day in `date`; DATE: `date` itself
       * @example SIGNING
       */
      trigger: components['schemas']['PaymentTrigger'];
      /**
       * @description Days after the trigger (ignored for DATE)
       * @default 0
       * @example 30
       */
      offsetDays: number;
      /**
       * Format: date
       * @description Required unless SIGNING
       * @example 2027-03-31
       */
      date?: string | null;
    };
    ProposeReceivablePlanDto: {
      /** @description One instalment per term, in this order */
      terms: components['schemas']['PaymentTermDto'][];
    };
    ProposedInstalmentDto: {
      /**
       * Format: uuid
       * @description An instalment of the current plan kept as it is (it received money, or a pending payment names it); absent on a new one
       */
      id?: string;
      /**
       * Format: date
       * @example 2027-01-06
       */
      dueDate: string;
      /** @example 8678.40 */
      amount: string;
      /** @example 签约后 30 日内 30% */
      note: string | null;
    };
    ReceivablePlanProposalDto: {
      /**
       * @description The contract amount in force
       * @example 28928.00
       */
      contractAmount: string;
      /**
       * @description What the terms were applied to: the amount in force minus the instalments kept
       * @example 28928.00
       */
      spread: string;
      /** @description The kept instalments, then one per term; they add up to the contract amount */
      instalments: components['schemas']['ProposedInstalmentDto'][];
    };
    /** @enum {string} */
    PaymentKind: 'PAYMENT' | 'REVERSAL';
    /** @enum {string} */
    PaymentStatus: 'PENDING' | 'CONFIRMED' | 'REJECTED';
    PaymentDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contractId: string;
      /** @example HT202611-0001 */
      contractNumber: string;
      /** Format: uuid */
      instalmentId: string | null;
      kind: components['schemas']['PaymentKind'];
      status: components['schemas']['PaymentStatus'];
      /**
       * @description Negative on a reversal
       * @example 30000.00
       */
      amount: string;
      /** Format: date */
      paidOn: string;
      /** @example bank_transfer */
      method: string;
      payerAccount: string | null;
      /** Format: uuid */
      handlerId: string | null;
      note: string | null;
      /** Format: uuid */
      attachmentFileId: string | null;
      /**
       * Format: uuid
       * @description On a reversal: the payment it reverses
       */
      reversesId: string | null;
      /**
       * Format: uuid
       * @description On a reversed payment: its reversal
       */
      reversedById: string | null;
      /** @description Why it was rejected, or why it was reversed */
      reason: string | null;
      /**
       * Format: uuid
       * @description Who confirmed or rejected it (on a reversal: who reversed)
       */
      decidedBy: string | null;
      /** Format: date-time */
      decidedAt: string | null;
      /** @description How it is spread over instalments (empty until confirmed) */
      allocations: {
        /** Format: uuid */
        instalmentId: string;
        amount: string;
      }[];
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
      version: number;
    };
    RecordPaymentDto: {
      /**
       * Format: uuid
       * @description The contract paid
       */
      contractId: string;
      /**
       * Format: uuid
       * @description The instalment paid; omitted: allocated to the oldest open instalments when confirmed
       */
      instalmentId?: string | null;
      /**
       * @description Greater than 0, at most what is outstanding
       * @example 30000.00
       */
      amount: string;
      /**
       * Format: date
       * @description The day the money arrived; not in the future (business time zone)
       * @example 2026-12-07
       */
      paidOn: string;
      /**
       * @description Dictionary `payment-method` (bank transfer, cash, cheque, acceptance bill…)
       * @example bank_transfer
       */
      method: string;
      /** @example 中国银行靖江支行 5123 0000 1111 */
      payerAccount?: string | null;
      /**
       * Format: uuid
       * @description 经手人: the user who handled the money
       */
      handlerId?: string | null;
      note?: string | null;
      /**
       * Format: uuid
       * @description The bank slip: the `fileId` of one of the contract’s attachments (`POST /contracts/{id}/attachments`); another file is 400 naming the field
       */
      attachmentFileId?: string | null;
    };
    ConfirmPaymentsDto: {
      /** @description Pending payments to confirm, in this order */
      paymentIds: string[];
    };
    PaymentConfirmationResultDto: {
      /** Format: uuid */
      paymentId: string;
      /** @enum {string} */
      status: 'CONFIRMED' | 'FAILED';
      /** @description Why this one failed: the problem confirming it alone answers (404; 409 `payment-state-conflict`, `payment-exceeds-outstanding`, `receivable-contract-not-open`) */
      problem?: components['schemas']['ProblemDto'];
    };
    PaymentConfirmationsDto: {
      /** @description One answer per requested payment, in request order */
      results: components['schemas']['PaymentConfirmationResultDto'][];
    };
    RejectPaymentDto: {
      /** @example 银行流水中未找到该笔款项 */
      reason: string;
    };
    ReversePaymentDto: {
      /** @example 误录：款项属于另一合同 */
      reason: string;
    };
    InstalmentListItemDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contractId: string;
      /** @example HT202611-0001 */
      contractNumber: string;
      /** Format: uuid */
      customerId: string;
      /** @example 靖江市春意空调有限公司 */
      customerName: string | null;
      /** Format: uuid */
      ownerId: string;
      /** @example 张伟 */
      ownerName: string | null;
      /** @example 1 */
      number: number;
      /**
       * Format: date
       * @example 2027-01-31
       */
      dueDate: string;
      /** @example 30000.00 */
      amount: string;
      /**
       * @description Confirmed payments allocated to it, net of reversals
       * @example 10000.00
       */
      received: string;
      /** @example 20000.00 */
      outstanding: string;
      state: components['schemas']['InstalmentState'];
      /**
       * @description Days past the due date, counted to today in the business time zone (0 when not overdue)
       * @example 0
       */
      daysOverdue: number;
    };
    /** @enum {string} */
    AgingGroup: 'customer' | 'owner' | 'department';
    AgingRowDto: {
      /**
       * @description 1 to 30 days past due
       * @example 1200.00
       */
      days0to30: string;
      /**
       * @description 31 to 60 days past due
       * @example 0.00
       */
      days31to60: string;
      /**
       * @description 61 to 90 days past due
       * @example 0.00
       */
      days61to90: string;
      /**
       * @description More than 90 days past due
       * @example 0.00
       */
      over90: string;
      /** @example 1200.00 */
      total: string;
      /**
       * Format: uuid
       * @description The customer, owner or department (null: contracts without a department)
       */
      key: string | null;
      /** @example 靖江市春意空调有限公司 */
      name: string | null;
    };
    AgingAmountsDto: {
      /**
       * @description 1 to 30 days past due
       * @example 1200.00
       */
      days0to30: string;
      /**
       * @description 31 to 60 days past due
       * @example 0.00
       */
      days31to60: string;
      /**
       * @description 61 to 90 days past due
       * @example 0.00
       */
      days61to90: string;
      /**
       * @description More than 90 days past due
       * @example 0.00
       */
      over90: string;
      /** @example 1200.00 */
      total: string;
    };
    AgingReportDto: {
      /**
       * Format: date
       * @description Today in the business time zone: days past due are counted to it
       */
      asOf: string;
      groupBy: components['schemas']['AgingGroup'];
      /** @description Largest total first */
      rows: components['schemas']['AgingRowDto'][];
      totals: components['schemas']['AgingAmountsDto'];
    };
    /** @enum {string} */
    AgingFormat: 'json' | 'csv';
    PlanVsActualRowDto: {
      /** @example 2026-12 */
      month: string;
      /**
       * @description Instalments due in the month
       * @example 86784.00
       */
      planned: string;
      /**
       * @description Confirmed payments paid in the month, net of reversals made in it
       * @example 30000.00
       */
      collected: string;
    };
    PlanVsActualTotalsDto: {
      /** @example 86784.00 */
      planned: string;
      /** @example 30000.00 */
      collected: string;
    };
    PlanVsActualReportDto: {
      /** @example 2026-01 */
      from: string;
      /** @example 2026-12 */
      to: string;
      /** @description Every month of the range, oldest first, months without figures at 0.00 */
      rows: components['schemas']['PlanVsActualRowDto'][];
      totals: components['schemas']['PlanVsActualTotalsDto'];
    };
    CustomerReceivableSummaryDto: {
      /**
       * @description Amounts in force of the customer’s active and completed contracts in my data scope
       * @example 128928.00
       */
      contractAmount: string;
      /**
       * @description Confirmed payments net of reversals
       * @example 30000.00
       */
      received: string;
      /**
       * @description Payments awaiting finance’s confirmation
       * @example 5000.00
       */
      pending: string;
      /**
       * @description Contract amount minus received
       * @example 98928.00
       */
      outstanding: string;
      /**
       * @description Outstanding on overdue instalments
       * @example 0.00
       */
      overdue: string;
    };
    DeliveryLineProgressDto: {
      /**
       * Format: uuid
       * @description The line of the revision in force
       */
      lineId: string;
      lineNo: number;
      /** Format: uuid */
      productId: string;
      productName: string;
      unit: string;
      /** @example 2.000 */
      ordered: string;
      /**
       * @description Deliveries not cancelled, whatever their stage (never more than ordered)
       * @example 2.000
       */
      recorded: string;
      /**
       * @description Shipped, delivered or accepted
       * @example 1.000
       */
      shipped: string;
      /**
       * @description Delivered or accepted
       * @example 1.000
       */
      delivered: string;
      /** @example 0.000 */
      accepted: string;
    };
    /** @enum {string} */
    DeliveryStatus: 'PLANNED' | 'SHIPPED' | 'DELIVERED' | 'ACCEPTED' | 'CANCELLED';
    DeliveryDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contractId: string;
      /**
       * Format: uuid
       * @description The line it was recorded against
       */
      lineId: string;
      /** @description It counts against the line in force with this number and product */
      lineNo: number;
      /** Format: uuid */
      productId: string;
      /** @example 1.000 */
      quantity: string;
      status: components['schemas']['DeliveryStatus'];
      /** Format: date */
      plannedOn: string | null;
      /** Format: date */
      shippedOn: string | null;
      /** Format: date */
      deliveredOn: string | null;
      /** Format: date */
      acceptedOn: string | null;
      carrier: string | null;
      trackingNote: string | null;
      note: string | null;
      /** @description What may be done next */
      actions: ('ship' | 'deliver' | 'accept' | 'cancel')[];
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
      version: number;
    };
    ContractDeliveriesDto: {
      /** Format: uuid */
      contractId: string;
      /**
       * @description The contract’s status: deliveries are recorded on ACTIVE contracts
       * @example ACTIVE
       */
      contractStatus: string;
      /** @description Every line in force accepted in full */
      fullyAccepted: boolean;
      lines: components['schemas']['DeliveryLineProgressDto'][];
      /** @description Oldest first */
      deliveries: components['schemas']['DeliveryDto'][];
    };
    RecordDeliveryDto: {
      /**
       * Format: uuid
       * @description A line of the contract’s revision in force (`lines[].id` of the contract, or `lines[].lineId` here)
       */
      lineId: string;
      /**
       * @description More than 0, at most three decimals; with the line’s other deliveries not cancelled, at most its ordered quantity
       * @example 1
       */
      quantity: string;
      /**
       * Format: date
       * @description When it is planned to ship
       * @example 2026-12-20
       */
      plannedOn?: string | null;
      /** @example 顺丰速运 */
      carrier?: string | null;
      /** @example SF1234567890 */
      trackingNote?: string | null;
      note?: string | null;
    };
    ShipDeliveryDto: {
      /**
       * Format: date
       * @description Default today (business time zone); not in the future
       * @example 2026-12-07
       */
      date?: string;
      /**
       * @description Replaces the carrier when given
       * @example 顺丰速运
       */
      carrier?: string | null;
      /**
       * @description Replaces the tracking note when given
       * @example SF1234567890
       */
      trackingNote?: string | null;
    };
    DeliveryStepDto: {
      /**
       * Format: date
       * @description Default today (business time zone); not in the future, not before the previous step
       * @example 2026-12-07
       */
      date?: string;
    };
  };
  responses: {
    /** @description Invalid input; `errors[]` names each field (also: `…/problems/malformed-body`, `…/problems/body-too-deep` beyond 32 nested arrays/objects) */
    InvalidInput: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['ProblemDto'];
      };
    };
    /** @description `…/problems/payload-too-large`: a JSON body over 2 MB */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['ProblemDto'];
      };
    };
    /** @description `…/problems/unsupported-media-type`: a body that is not UTF-8 JSON, or not the media type the operation takes */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['ProblemDto'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  Health_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description Database unreachable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  AuditLogs_search: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        /** @description Only actions by this user */
        actorId?: string;
        /** @description Entity type, e.g. User, Role, Customer */
        entityType?: string;
        /** @description Only this record */
        entityId?: string;
        action?: string;
        /** @description From this time (inclusive) */
        from?: string;
        /** @description Before this time (exclusive) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['AuditLogDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Jobs_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Jobs_run: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobRunDto'];
        };
      };
      400: components['responses']['InvalidInput'];
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reminders_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemindersDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description Account locked; `Retry-After` says when it unlocks */
      423: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Auth_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Auth_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description Account locked; `Retry-After` says when it unlocks */
      423: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Users_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        /** @description Only members of this department (not its children) */
        departmentId?: string;
        roleId?: string;
        disabled?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['UserDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Users_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `grant-exceeds-own`: a role gives more than you hold (`errors[]` names `roleIds[i]`, or `departmentId` when a move re-anchors a role’s scope outside yours)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Users_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Users_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `user-exceeds-own`: the user holds permissions or a data scope you do not; `grant-exceeds-own`: a role gives more than you hold (`errors[]` names `roleIds[i]`, or `departmentId` when a move re-anchors a role’s scope outside yours)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Users_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Disabled */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['InvalidInput'];
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `user-exceeds-own`: the user holds permissions or a data scope you do not
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Users_enable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Enabled */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['InvalidInput'];
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `user-exceeds-own`: the user holds permissions or a data scope you do not
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Users_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordDto'];
      };
    };
    responses: {
      /** @description Password reset */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `user-exceeds-own`: the user holds permissions or a data scope you do not
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Users_unlock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Unlocked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['InvalidInput'];
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `user-exceeds-own`: the user holds permissions or a data scope you do not
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Departments_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Departments_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDepartmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Departments_tree: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentNodeDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Departments_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Departments_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Departments_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDepartmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Departments_move: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveDepartmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Roles_permissions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionGroupDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Roles_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Roles_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRoleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `grant-exceeds-own`: `errors[]` names each `permissions[i]` you do not hold, and `dataScope` if wider than yours
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Roles_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Roles_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Roles_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRoleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `grant-exceeds-own`: `errors[]` names each added `permissions[i]` you do not hold, and `dataScope` if widened beyond yours
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ApiKeys_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApiKeys_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyCreatedDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `grant-exceeds-own`: the role gives more than you hold (`errors[]` names `roleId`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ApiKeys_grantCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyGrantCheckDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApiKeys_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Dictionaries_list: {
    parameters: {
      query?: {
        /** @description `true` lists only enabled items (what forms offer) */
        enabledOnly?: 'true' | 'false';
      };
      header?: {
        /** @description The ETag of the copy I hold; unchanged content answers 304 with no body */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DictionaryDto'][];
        };
      };
      /** @description Not modified: the copy named by If-None-Match is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Dictionaries_get: {
    parameters: {
      query?: {
        /** @description `true` lists only enabled items (what forms offer) */
        enabledOnly?: 'true' | 'false';
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DictionaryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Dictionaries_addItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDictionaryItemDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DictionaryItemDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Dictionaries_removeItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Dictionaries_updateItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDictionaryItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DictionaryItemDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Rules_list: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the copy I hold; unchanged content answers 304 with no body */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleDto'][];
        };
      };
      /** @description Not modified: the copy named by If-None-Match is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['InvalidInput'];
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Rules_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleDto'];
        };
      };
      400: components['responses']['InvalidInput'];
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Rules_set: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetRuleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Rules_reset: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Holidays_list: {
    parameters: {
      query?: {
        /** @description Only this calendar year */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HolidayDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Holidays_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateHolidayDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HolidayDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Holidays_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description YYYY-MM-DD */
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ListViews_list: {
    parameters: {
      query?: {
        /** @description Only the views of this list */
        list?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListViewDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ListViews_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateListViewDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListViewDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description list-view-name-taken, list-view-limit-reached */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ListViews_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ListViews_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateListViewDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListViewDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description list-view-name-taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Approvals_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        /** @description Without `mine`: `pending` is my inbox (requests whose current step I may decide); another status lists requests I decided with that outcome; omitted lists both. With `mine=true`: my own requests in that status. */
        status?: 'pending' | 'approved' | 'rejected' | 'cancelled';
        /** @description `true`: requests I submitted */
        mine?: 'true' | 'false';
        subjectType?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ApprovalDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Approvals_pendingCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PendingCountDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Approvals_decideMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BatchDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BatchDecisionAnswerDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Approvals_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Approvals_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Optional: an approval needs no comment */
    requestBody?: {
      content: {
        'application/json': components['schemas']['ApproveDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `not-approver` (not an approver of the current step) or `approval-own-request`
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Approvals_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `not-approver` (not an approver of the current step) or `approval-own-request`
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Approvals_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `not-requester`: only the requester withdraws a request
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApprovalChains_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalChainDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApprovalChains_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subjectType: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalChainDto'];
        };
      };
      400: components['responses']['InvalidInput'];
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApprovalChains_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        subjectType: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateApprovalChainDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalChainDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  CustomerImportExport_import: {
    parameters: {
      query?: {
        /** @description Check every row and report, writing nothing */
        dryRun?: boolean;
        /** @description `create` skips rows matching an existing customer as duplicates; `upsert` updates the customer matched by externalId, else by normalised name, when I may see it */
        mode?: 'create' | 'upsert';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['ImportFileDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReportDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Error */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  CustomerImportExport_template: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerImportExport_export: {
    parameters: {
      query?: {
        /** @description Free-text search */
        q?: string;
        status?: components['schemas']['CustomerStatus'];
        /** @description Lifecycle stages (any of them): repeat the parameter or separate with commas, e.g. `stage=POTENTIAL_PROTECTED,INTENT` */
        stage?: components['schemas']['CustomerStage'][];
        ownerId?: string;
        departmentId?: string;
        /** @description This category and everything under it */
        categoryId?: string;
        level?: string;
        grade?: string;
        industry?: string;
        region?: string;
        source?: string;
        createdFrom?: string;
        createdTo?: string;
        lastContactFrom?: string;
        lastContactTo?: string;
        /** @description Changed since (for sync): every customer whose `updatedAt` is at or after this time, lifecycle changes by scheduled jobs included */
        updatedSince?: string;
        /** @description Only customers whose next contact time has passed */
        hasOverdueReminder?: boolean;
        /** @description Only my own customers */
        mine?: boolean;
        /** @description 我参与的: only customers on whose team (项目团队) I am */
        team?: boolean;
        /** @description 下属负责的: only customers owned by someone else whom my data scope covers (not through a team seat) */
        subordinates?: boolean;
        /** @description Only these customers (e.g. the rows selected for 导出选中): repeat the parameter or separate with commas; at most 200 */
        ids?: string[];
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, with owner names and dictionary labels. CSV: UTF-8 with BOM; a text cell starting with =, +, -, @, tab or CR is written with a leading ' so that spreadsheets show it as text instead of running it as a formula (CSV injection). XLSX: typed cells, text written as it is. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerLifecycle_listPool: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        industry?: string;
        region?: string;
        level?: string;
        grade?: string;
        poolReason?: components['schemas']['PoolReason'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['PoolCustomerDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerLifecycle_claimQuota: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimQuotaDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerLifecycle_claimMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BatchClaimDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BatchClaimResultDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  CustomerLifecycle_getPoolCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PoolCustomerDetailDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerLifecycle_reviewQueue: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ProtectionReviewItemDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerLifecycle_requestIntent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestIntentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `not-customer-owner`: only the owner, or a user with customer:transfer acting for owners
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `illegal-lifecycle-transition` (`currentStage`), `protection-expired`, `intent-pending`, `approval-already-pending` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  CustomerLifecycle_requestExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestExtensionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `not-customer-owner`: only the owner, or a user with customer:transfer acting for owners
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `illegal-lifecycle-transition` (`currentStage`), `protection-expired`, `extension-limit` (`maxExtensions`), `extension-pending` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  CustomerLifecycle_abandon: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AbandonCustomerDto'];
      };
    };
    responses: {
      /** @description In the pool */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `not-customer-owner`: only the owner, or a user with customer:transfer acting for owners
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `illegal-lifecycle-transition` (`currentStage`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  CustomerLifecycle_claim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `illegal-lifecycle-transition` (`currentStage`: someone else claimed it first), `claim-cooldown` (`claimableAt`), `owned-customer-limit`, `daily-claim-limit` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChurnAlerts_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        /** @description Without it: the active ones (OPEN, DEFERRED) unless `active=false` */
        status?: components['schemas']['ChurnAlertStatus'];
        /** @description `false`: every alert, closed ones included */
        active?: 'true' | 'false';
        /** @description `true`: alerts of the customers I own now */
        mine?: 'true' | 'false';
        customerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ChurnAlertDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChurnAlerts_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChurnAlertDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChurnAlerts_defer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeferChurnDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChurnAlertDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `not-customer-owner`: only the customer's owner, or a user with customer:transfer
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `churn-alert-closed` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ChurnAlerts_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmChurnDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChurnAlertDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description `not-customer-owner`: only the customer's owner, or a user with customer:transfer
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `churn-alert-closed`, `illegal-lifecycle-transition` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Customers_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        status?: components['schemas']['CustomerStatus'];
        /** @description Lifecycle stages (any of them): repeat the parameter or separate with commas, e.g. `stage=POTENTIAL_PROTECTED,INTENT` */
        stage?: components['schemas']['CustomerStage'][];
        ownerId?: string;
        departmentId?: string;
        /** @description This category and everything under it */
        categoryId?: string;
        level?: string;
        grade?: string;
        industry?: string;
        region?: string;
        source?: string;
        createdFrom?: string;
        createdTo?: string;
        lastContactFrom?: string;
        lastContactTo?: string;
        /** @description Changed since (for sync): every customer whose `updatedAt` is at or after this time, lifecycle changes by scheduled jobs included */
        updatedSince?: string;
        /** @description Only customers whose next contact time has passed */
        hasOverdueReminder?: boolean;
        /** @description Only my own customers */
        mine?: boolean;
        /** @description 我参与的: only customers on whose team (项目团队) I am */
        team?: boolean;
        /** @description 下属负责的: only customers owned by someone else whom my data scope covers (not through a team seat) */
        subordinates?: boolean;
        /** @description Only these customers (e.g. the rows selected for 导出选中): repeat the parameter or separate with commas; at most 200 */
        ids?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['CustomerDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Customers_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCustomerDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Choosing another owner (`ownerId`) needs customer:transfer
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `duplicate-customer` (`existing`), `owned-customer-limit` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Customers_findDuplicates: {
    parameters: {
      query: {
        /** @description Name, short name, phone or contact mobile (at least 2 characters); three or more letters (more than one syllable: not zhu, wang) also match the names in pinyin from any syllable on, full or initials (jintan, nuantong, jtnt) */
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DuplicateCandidateDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Customers_stats: {
    parameters: {
      query?: {
        /** @description How many weeks, this one included */
        weeks?: number;
        /** @description Only my own customers (and follow-ups on them) */
        mine?: boolean;
        /** @description Only the customers of this owner */
        ownerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerStatsDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Customers_transfer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransferCustomersDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferResultDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `owned-customer-limit` (`ownedProtected`, `maxOwnedCustomers`): the new owner would hold more protected customers than `maxOwnedCustomers`; `illegal-lifecycle-transition`: a pool customer */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Customers_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Customers_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Customers_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Customers_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryEntryDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Customers_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineEntryDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Customers_merge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeCustomerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  CustomerTerms_request: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestTermsChangeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `approval-already-pending` (`approvalId`): a change of this customer’s terms is already awaiting approval */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  CustomerTeam_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamMemberDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerTeam_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutTeamMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamMemberDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  CustomerTeam_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contacts_search: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ContactDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contacts_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contacts_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContactDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `duplicate-customer` (`existing`, `errors` naming `mobile`): the mobile is another customer’s phone or one of its contacts’ mobiles */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Contacts_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contacts_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        customerId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateContactDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `duplicate-customer` (`existing`, `errors` naming `mobile`): the mobile is another customer’s phone or one of its contacts’ mobiles */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  CustomerDocuments_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDocumentDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerDocuments_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadCustomerDocumentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDocumentDto'];
        };
      };
      /** @description `file-required`, `file-unreadable` or `validation-failed`; `errors` names `file` or `note` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `file-too-large`: larger than the `fileMaxUploadMb` rule (`errors` names `file`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `file-type-not-allowed`: the content is not an accepted kind, or does not fit the name’s extension (`errors` names `file`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerDocuments_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document. Content-Type is the type found in its content; Content-Disposition carries the name (RFC 6266, UTF-8 `filename*`). */
      200: {
        headers: {
          /** @description attachment; filename="…"; filename*=UTF-8''… */
          'Content-Disposition'?: string;
          /** @description nosniff */
          'X-Content-Type-Options'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/png': string;
          'image/jpeg': string;
          'image/gif': string;
          'image/webp': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.presentationml.presentation': string;
          'application/zip': string;
          'application/msword': string;
          'application/vnd.ms-excel': string;
          'application/vnd.ms-powerpoint': string;
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerDocuments_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  FollowUps_search: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        customerId?: string;
        /** @description Recorded by */
        ownerId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['FollowUpDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  FollowUps_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  FollowUps_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFollowUpDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Categories_tree: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryNodeDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Categories_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCategoryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Categories_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Categories_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCategoryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Categories_move: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveCategoryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state or an existing record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ProductCategories_tree: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductCategoryNodeDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProductCategories_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProductCategoryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductCategoryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description product-category-name-taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ProductCategories_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description product-category-in-use, product-category-has-children */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProductCategories_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProductCategoryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductCategoryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description product-category-name-taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ProductCategories_move: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveProductCategoryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductCategoryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description product-category-cycle, product-category-name-taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Products_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        /** @description This product line and every line under it */
        categoryId?: string;
        status?: components['schemas']['ProductStatus'];
        /** @description Only products changed at or after this instant (sync) */
        updatedSince?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ProductDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Products_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProductDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description product-code-taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Products_upsert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ERP’s id of the product (1–100 characters) */
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpsertProductDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductUpsertResultDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description product-code-taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Products_updateStock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ERP’s id of the product (1–100 characters) */
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateStockDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Products_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Products_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProductDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description product-code-taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  OpportunityStages_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StageDefinitionDto'][];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OpportunityStages_setProbability: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Stage code */
        stage: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StageProbabilityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StageDefinitionDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Funnel_funnel: {
    parameters: {
      query?: {
        /** @description Mine; my department; everything my data scope shows */
        view?: 'me' | 'department' | 'all';
        /** @description A chosen department and those under it (within my data scope) */
        departmentId?: string;
        /** @description Expected close date from (inclusive) */
        closeFrom?: string;
        /** @description Expected close date to (inclusive) */
        closeTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FunnelDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Quotes_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        opportunityId?: string;
        status?: components['schemas']['QuoteStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['QuoteDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Quotes_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveQuoteDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description opportunity-closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Quotes_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Quotes_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveQuoteDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description invalid-state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Quotes_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description invalid-state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Quotes_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description invalid-state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Quotes_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description invalid-state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Quotes_revise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description invalid-state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Quotes_print: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A self-contained HTML page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Opportunities_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        status?: components['schemas']['OpportunityStatus'];
        /** @description Stage code */
        stage?: string;
        ownerId?: string;
        customerId?: string;
        departmentId?: string;
        /** @description `true`: only mine */
        mine?: 'true' | 'false';
        expectedCloseFrom?: string;
        expectedCloseTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['OpportunityDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Opportunities_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOpportunityDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedOpportunityDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description assignee-outside-department */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Opportunities_kanban: {
    parameters: {
      query?: {
        /** @description Free-text search */
        q?: string;
        ownerId?: string;
        customerId?: string;
        departmentId?: string;
        /** @description `true`: only mine */
        mine?: 'true' | 'false';
        expectedCloseFrom?: string;
        expectedCloseTo?: string;
        /** @description Cards per column (the most recently moved first). More: the list with `stage=` */
        perStage?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityKanbanDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Opportunities_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Opportunities_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOpportunityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description opportunity-closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Opportunities_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StageChangeDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Opportunities_changeStage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeStageDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description opportunity-stage-jump, opportunity-closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Opportunities_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignOpportunityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description opportunity-closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description assignee-outside-department */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Opportunities_win: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WinOpportunityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description opportunity-closed, duplicate-customer, illegal-lifecycle-transition, owned-customer-limit */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Opportunities_lose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoseOpportunityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description opportunity-closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Opportunities_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenOpportunityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description opportunity-not-closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  PlanItems_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanItemDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanItems_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePlanItemDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanItemDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description opportunity-closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description assignee-outside-department */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanItems_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePlanItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanItemDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description opportunity-closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description assignee-outside-department */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanItems_execute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExecutePlanItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanItemDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Missing permission, or the password must be changed first (`password-change-required`)
       *
       *     Missing permission, or the password must be changed first (`password-change-required`)
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ContractNumbers_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        status?: components['schemas']['ContractNumberStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ContractNumberDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ContractNumbers_reserve: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractNumberDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ContractNumbers_voids: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        /** @description Only this month (yyyyMM) */
        period?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ContractNumberDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contracts_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        status?: components['schemas']['ContractStatus'];
        customerId?: string;
        ownerId?: string;
        opportunityId?: string;
        /** @description Total at least */
        amountMin?: string;
        /** @description Total at most */
        amountMax?: string;
        /** @description Signing date on or after */
        signedFrom?: string;
        /** @description Signing date on or before */
        signedTo?: string;
        /** @description End date on or before (contracts ending soon) */
        endingBy?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ContractSummaryDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contracts_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContractDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state` (the quote is not accepted), `contract-no-customer-yet`, `contract-number-reserved-by-other`, `contract-number-expired`, `contract-number-used` (`errors` names `number`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Contracts_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contracts_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveContractDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state`: the contract’s status does not allow this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Contracts_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<version>" as read before editing; a stale one answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state`: the contract’s status does not allow this (`currentStatus`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names an outdated version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contracts_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state`: the contract’s status does not allow this; `approval-already-pending` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contracts_sign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignContractDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state`: the contract’s status does not allow this; `contract-customer-not-signable` (`currentStatus`: the customer’s), `contract-order-review-required`, `contract-signed-scan-missing` (`errors` names `electronic`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Contracts_complete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteContractDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state`: the contract’s status does not allow this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Contracts_terminate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TerminateContractDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state`: the contract’s status does not allow this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Contracts_requestOrderReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state`: the contract’s status does not allow this; `contract-order-review-not-applicable` (a stock order, or a review pending or passed) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contracts_amend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendContractDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state`: the contract’s status does not allow this (also while an amendment awaits approval) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Contracts_revisions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractRevisionDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Contracts_approvals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ContractAttachments_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractAttachmentDto'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ContractAttachments_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadContractAttachmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractAttachmentDto'];
        };
      };
      /** @description `file-required`, `file-unreadable` or `validation-failed`; `errors` names `file`, `kind` or `note` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state`: the contract’s status does not allow this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `file-too-large`: larger than the `fileMaxUploadMb` rule (`errors` names `file`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `file-type-not-allowed`: the content is not an accepted kind, or does not fit the name’s extension (`errors` names `file`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ContractAttachments_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contractId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The attachment. Content-Type is the type found in its content; Content-Disposition carries the name (RFC 6266, UTF-8 `filename*`). */
      200: {
        headers: {
          /** @description attachment; filename="…"; filename*=UTF-8''… */
          'Content-Disposition'?: string;
          /** @description nosniff */
          'X-Content-Type-Options'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/png': string;
          'image/jpeg': string;
          'image/gif': string;
          'image/webp': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.presentationml.presentation': string;
          'application/zip': string;
          'application/msword': string;
          'application/vnd.ms-excel': string;
          'application/vnd.ms-powerpoint': string;
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ContractAttachments_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contractId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `invalid-state`: the contract’s status does not allow this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReceivablePlans_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceivablePlanDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReceivablePlans_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveReceivablePlanDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceivablePlanDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `receivable-plan-sum-mismatch` (`errors` names `instalments` and the difference), `receivable-instalment-locked` (a paid instalment changed or removed, or one a pending payment names removed), `receivable-contract-not-open` (`currentStatus`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ReceivablePlans_propose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposeReceivablePlanDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceivablePlanProposalDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `receivable-contract-not-open` (`currentStatus`), `receivable-plan-sum-mismatch` (nothing left to plan, or too little to split; `errors` names `terms`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Payments_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        contractId?: string;
        /** @description PENDING: the confirmation queue */
        status?: components['schemas']['PaymentStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['PaymentDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Payments_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key the client makes up per intended write (1–255 visible ASCII characters, e.g. a UUID). Retrying with the same key and body within 24 hours answers the first answer again (header `Idempotent-Replayed: true`) and writes nothing more */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPaymentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `payment-exceeds-outstanding` (`errors` names `amount`: more than the contract, or the named instalment, has outstanding after confirmed and pending payments), `receivable-plan-missing`, `receivable-contract-not-open` (`currentStatus`); `idempotency-key-in-flight`: the first request with this Idempotency-Key is still being served; retry after `Retry-After` seconds */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description `idempotency-key-reused`: this Idempotency-Key was sent before with a different request (method, path or body) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Payments_confirmMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmPaymentsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentConfirmationsDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Payments_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Payments_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `payment-state-conflict` (`currentStatus`, `action`) (confirming twice), `payment-exceeds-outstanding`, `receivable-contract-not-open` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Payments_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectPaymentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `payment-state-conflict` (`currentStatus`, `action`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Payments_reverse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReversePaymentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `payment-state-conflict` (`currentStatus`, `action`) (reversing a pending payment or a reversal), `payment-already-reversed` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ReceivableInstalments_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Comma-separated fields, `-` for descending, e.g. `-createdAt,name` */
        sort?: string;
        /** @description Free-text search */
        q?: string;
        /** @description OVERDUE: the overdue list 回款预警 (instalments the overdue job marked) */
        state?: components['schemas']['InstalmentState'];
        customerId?: string;
        /** @description The contract’s owner */
        ownerId?: string;
        contractId?: string;
        /** @description Due on or after this day */
        dueFrom?: string;
        /** @description Due on or before this day */
        dueTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['InstalmentListItemDto'][];
          };
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReceivableReports_aging: {
    parameters: {
      query?: {
        /** @description Rows per customer (default), owner or department */
        groupBy?: components['schemas']['AgingGroup'];
        /** @description csv: the report as a CSV file (as `Accept: text/csv` does); default json */
        format?: components['schemas']['AgingFormat'];
      };
      header: {
        accept: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. CSV: UTF-8 with BOM; headers are the aging page's labels (客户/负责人/部门, 1–30 天, 31–60 天, 61–90 天, 90 天以上, 合计), a last row 总计; a text cell starting with =, +, -, @, tab or CR is written with a leading ' */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgingReportDto'];
          'text/csv': string;
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReceivableReports_planVsActual: {
    parameters: {
      query?: {
        /** @description First month (YYYY-MM); default: 11 months before `to` */
        from?: string;
        /** @description Last month (YYYY-MM); default: this month in the business time zone */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanVsActualReportDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomerReceivables_summary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerReceivableSummaryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ContractDeliveries_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDeliveriesDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ContractDeliveries_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordDeliveryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `delivery-exceeds-ordered` (`errors` names `quantity`), `delivery-contract-not-active` (`currentStatus`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Deliveries_ship: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ShipDeliveryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `delivery-state-conflict` (`currentStatus`, `action`), `delivery-contract-not-active` (`currentStatus`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Deliveries_deliver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeliveryStepDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `delivery-state-conflict` (`currentStatus`, `action`), `delivery-contract-not-active` (`currentStatus`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Deliveries_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeliveryStepDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `delivery-state-conflict` (`currentStatus`, `action`), `delivery-contract-not-active` (`currentStatus`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  Deliveries_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or revoked credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing permission, or the password must be changed first (`password-change-required`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or outside your data scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `delivery-state-conflict` (`currentStatus`, `action`), `delivery-contract-not-active` (`currentStatus`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
}
