/** A seller warehouse in the emulator. `status` `created` means active; stock goes only to active ones. */
export interface SeedWarehouse {
  readonly warehouseId: number;
  readonly name: string;
  readonly status: 'new' | 'created' | 'disabled' | 'blocked' | 'disabled_due_to_limit' | 'error';
  readonly isRfbs: boolean;
  readonly isKgt: boolean;
  readonly isExpress: boolean;
  readonly firstMileType: 'PICK_UP' | 'DROP_OFF';
  readonly address: string;
}

/** Four invented warehouses: FBS, rFBS, bulky (KGT), and one archived. */
export const seedWarehouses: readonly SeedWarehouse[] = [
  {
    warehouseId: 1020005003107121,
    name: 'Склад Москва, Лефортово (FBS)',
    status: 'created',
    isRfbs: false,
    isKgt: false,
    isExpress: false,
    firstMileType: 'DROP_OFF',
    address: 'Россия, Москва, Лефортовский вал, 7',
  },
  {
    warehouseId: 1020005003107122,
    name: 'Склад Казань (rFBS, своя доставка)',
    status: 'created',
    isRfbs: true,
    isKgt: false,
    isExpress: false,
    firstMileType: 'PICK_UP',
    address: 'Россия, Казань, ул. Техническая, 25',
  },
  {
    warehouseId: 1020005003107123,
    name: 'Склад КГТ Подольск',
    status: 'created',
    isRfbs: false,
    isKgt: true,
    isExpress: false,
    firstMileType: 'PICK_UP',
    address: 'Россия, Московская обл., Подольск, Комсомольская ул., 1',
  },
  {
    warehouseId: 1020005003107124,
    name: 'Старый склад Химки',
    status: 'disabled',
    isRfbs: false,
    isKgt: false,
    isExpress: false,
    firstMileType: 'DROP_OFF',
    address: 'Россия, Московская обл., Химки, ул. Заводская, 3',
  },
];
