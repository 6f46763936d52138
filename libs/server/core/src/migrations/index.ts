import { CoreBaseline1763900000000 } from './1763900000000-core-baseline';
import { StoredFile1764002000000 } from './1764002000000-stored-file';
import { IdempotencyKey1764003500000 } from './1764003500000-idempotency-key';

export const coreMigrations = [CoreBaseline1763900000000, StoredFile1764002000000, IdempotencyKey1764003500000];
