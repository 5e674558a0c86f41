/** Zod schemas for every Ozon Seller API operation the sync uses; see operations.ts for the registry. */
export * from './categories';
export * from './common';
export * from './errors';
export * from './import';
export * from './operations';
export * from './posting-actions';
export * from './posting-model';
export * from './postings';
export * from './prices';
export * from './products';
export * from './rfbs';
export * from './roles';
export * from './stocks';
export * from './warehouses';
