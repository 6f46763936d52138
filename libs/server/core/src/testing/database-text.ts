/**
 * What PostgreSQL's own messages look like (English server messages): none may reach a response body,
 * they quote values, tables and columns (docs/security.md "Input limits").
 */
export const DATABASE_TEXT =
  /violates|invalid input syntax|out of range for type|bigint out of range|Key \(|already exists\.|null value in column|relation "|invalid byte sequence|unsupported Unicode escape|Unicode low surrogate|SQLSTATE|syntax error at or near/i;
