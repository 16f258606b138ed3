-- Accounts: listing a user's API tokens reads them by user (PostgreSQL does not index a foreign key
-- by itself). Sign-in looks tokens up by token_hash, which V1's UNIQUE constraint already indexes.
CREATE INDEX api_tokens_user ON api_tokens (user_id);
