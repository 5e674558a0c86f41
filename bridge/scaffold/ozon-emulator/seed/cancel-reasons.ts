/** Seller cancel reasons (ids as on Ozon) and the posting statuses each one is allowed in. */
export interface CancelReasonSeed {
  readonly id: number;
  readonly title: string;
  readonly typeId: 'seller' | 'buyer';
  readonly allowedIn: readonly string[];
  /** 402 "other" needs a free-text message. */
  readonly needsMessage: boolean;
}

const beforeShipping = ['awaiting_packaging', 'awaiting_deliver'];
// 665–667 are for postings already on their way ("Delivering" / "Courier on the way").
const whileDelivering = ['delivering'];

export const cancelReasons: readonly CancelReasonSeed[] = [
  {
    id: 352,
    title: 'Товар закончился на складе продавца',
    typeId: 'seller',
    allowedIn: beforeShipping,
    needsMessage: false,
  },
  {
    id: 400,
    title: 'Остался только бракованный товар',
    typeId: 'seller',
    allowedIn: beforeShipping,
    needsMessage: false,
  },
  { id: 401, title: 'Продавец отклонил арбитраж', typeId: 'seller', allowedIn: [], needsMessage: false },
  {
    id: 402,
    title: 'Другое (вина продавца)',
    typeId: 'seller',
    allowedIn: beforeShipping,
    needsMessage: true,
  },
  {
    id: 665,
    title: 'Покупатель не забрал заказ',
    typeId: 'seller',
    allowedIn: whileDelivering,
    needsMessage: false,
  },
  {
    id: 666,
    title: 'Возврат из службы доставки: нет доставки в указанный регион',
    typeId: 'seller',
    allowedIn: whileDelivering,
    needsMessage: false,
  },
  {
    id: 667,
    title: 'Заказ утерян службой доставки',
    typeId: 'seller',
    allowedIn: whileDelivering,
    needsMessage: false,
  },
];
