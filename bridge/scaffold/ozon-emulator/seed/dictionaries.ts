/**
 * Dictionary values of the seeded catalogue (invented, Ozon-like). Ids ascend within each dictionary because
 * Ozon pages dictionaries by `last_value_id`.
 */
export interface SeedDictionaryValue {
  readonly id: number;
  readonly value: string;
  readonly info: string;
  readonly picture: string;
}

function values(startId: number, names: readonly string[], info = ''): SeedDictionaryValue[] {
  return names.map((value, i) => ({ id: startId + i, value, info, picture: '' }));
}

/** The brand dictionary's "no brand" value, for products without a brand. */
export const NO_BRAND_ID = 126745801;

const realBrands = [
  'Adidas',
  'Nike',
  'Puma',
  'Reebok',
  'Demix',
  'Select',
  'Mikasa',
  'Jögel',
  'Samsung',
  'Xiaomi',
  'Apple',
  'Baseus',
  'Эксмо',
  'АСТ',
  'Азбука',
  'Манн, Иванов и Фербер',
  'Gloria Jeans',
  'Befree',
  'ZARINA',
  'Ostin',
];

const brandHeads = [
  'Аль',
  'Бор',
  'Вел',
  'Гра',
  'Дар',
  'Ено',
  'Жар',
  'Зол',
  'Иво',
  'Кам',
  'Лад',
  'Мир',
  'Нор',
  'Ори',
  'Пал',
  'Рус',
  'Сев',
  'Тур',
  'Уют',
  'Фар',
  'Хол',
  'Цве',
  'Чай',
  'Шел',
  'Эко',
  'Юг',
  'Яр',
  'Nord',
  'Vita',
  'Terra',
  'Luna',
  'Sol',
  'Aqua',
  'Vento',
  'Mira',
  'Orto',
  'Prima',
  'Stella',
  'Urba',
  'Zeta',
  'Kora',
  'Lumo',
  'Vela',
  'Roka',
  'Taiga',
  'Breeze',
  'Forte',
  'Grano',
  'Helix',
  'Ivory',
];
const brandTails = [
  'ика',
  'ос',
  'ар',
  'ум',
  'ель',
  'ина',
  'он',
  'ея',
  'ис',
  'ан',
  ' Home',
  ' Sport',
  ' Kids',
  ' Line',
  ' Pro',
  ' Style',
  ' Wear',
  ' Lab',
  ' Craft',
  ' Trend',
  ' Basic',
  ' Urban',
  ' Active',
  ' Classic',
  ' Studio',
  ' Market',
  ' Print',
  ' Group',
  ' Textile',
  ' Shoes',
  ' Books',
  ' Tech',
  ' Case',
  ' Ball',
  ' Fit',
  ' Run',
  ' Team',
  ' Plus',
  ' Max',
  ' Mini',
  ' Nova',
  ' Vintage',
  ' Eco',
  ' Life',
  ' Moda',
  ' Terra',
  ' Hit',
  ' Club',
  ' Way',
  ' Land',
];

/** 20 real and 2,500 invented brands, then "Нет бренда": more than one 2,000-value page. */
export const brandValues: readonly SeedDictionaryValue[] = [
  ...values(5055000, realBrands),
  ...values(
    5060000,
    brandHeads.flatMap((head) => brandTails.map((tail) => `${head}${tail}`)),
  ),
  { id: NO_BRAND_ID, value: 'Нет бренда', info: '', picture: '' },
];

export const colourValues = values(61570, [
  'белый',
  'бежевый',
  'черный',
  'серый',
  'темно-серый',
  'красный',
  'бордовый',
  'розовый',
  'оранжевый',
  'желтый',
  'зеленый',
  'хаки',
  'голубой',
  'синий',
  'темно-синий',
  'фиолетовый',
  'коричневый',
  'прозрачный',
  'разноцветный',
]);

export const clothingSizeValues = values(
  972100,
  ['40', '42', '44', '46', '48', '50', '52', '54', '56', '58'],
  'Российский размер',
);
export const shoeSizeValues = values(
  972200,
  ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46'],
  'Российский размер обуви',
);
export const ballSizeValues = values(972300, ['3', '4', '5']);
export const materialValues = values(62000, [
  'Хлопок',
  'Полиэстер',
  'Эластан',
  'Вискоза',
  'Натуральная кожа',
  'Искусственная кожа',
  'Текстиль',
  'Резина',
  'Полиуретан',
  'ТПУ',
  'Силикон',
  'Поликарбонат',
]);
export const countryValues = values(90290, [
  'Россия',
  'Китай',
  'Турция',
  'Вьетнам',
  'Бангладеш',
  'Индия',
  'Узбекистан',
  'Беларусь',
  'Казахстан',
  'Пакистан',
  'Индонезия',
]);
export const coverTypeValues = values(971000, [
  'Твердый переплет',
  'Мягкая обложка',
  'Интегральный переплет',
]);
