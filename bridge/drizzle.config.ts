import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'mysql',
  schema: './bridge/drizzle/schema.ts',
  out: './bridge/drizzle/migrations',
});
