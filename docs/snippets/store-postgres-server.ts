// Prelude of @parley/store-postgres's README "Postgres server" snippet.
export { createPostgresStore } from '@parley/store-postgres';
