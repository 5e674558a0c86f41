import { decimal, index, int, type MySqlTableFn, varchar } from 'drizzle-orm/mysql-core';

/**
 * OpenCart 3's order lines: which products an order holds. Read when a store event says an order was placed or
 * moved on, since OpenCart moves those products' stock.
 */
export function orderTables(table: MySqlTableFn) {
  const orderProduct = table(
    'order_product',
    {
      orderProductId: int('order_product_id').autoincrement().primaryKey(),
      orderId: int('order_id').notNull(),
      productId: int('product_id').notNull(),
      name: varchar('name', { length: 255 }).notNull(),
      model: varchar('model', { length: 64 }).notNull(),
      quantity: int('quantity').notNull(),
      price: decimal('price', { precision: 15, scale: 4 }).notNull().default('0.0000'),
      total: decimal('total', { precision: 15, scale: 4 }).notNull().default('0.0000'),
      tax: decimal('tax', { precision: 15, scale: 4 }).notNull().default('0.0000'),
      reward: int('reward').notNull(),
    },
    (t) => [index('order_id').on(t.orderId)],
  );
  return { orderProduct };
}
