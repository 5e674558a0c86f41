/** Text in the sample store's three languages. */
export interface Tri {
  readonly en: string;
  readonly ru: string;
  readonly tr: string;
}

export interface SampleCategory {
  readonly key: string;
  readonly name: Tri;
  readonly children?: readonly SampleCategory[];
  /** For leaves: what products here are called, and which options and attributes they carry. */
  readonly noun?: Tri;
  readonly options?: readonly OptionKey[];
  readonly attributes?: readonly AttributeKey[];
  /** Typical package: weight in grams, sides in millimetres, price range in roubles. */
  readonly shape?: { grams: [number, number]; mm: [number, number, number]; price: [number, number] };
}

export type OptionKey = 'size' | 'shoeSize' | 'colour';
export type AttributeKey =
  | 'material'
  | 'colour'
  | 'country'
  | 'gender'
  | 'ballSize'
  | 'compatible'
  | 'author'
  | 'pages';

const t = (en: string, ru: string, tr: string): Tri => ({ en, ru, tr });

/** A small but realistic tree, three levels deep, with the leaves products live in. */
export const SAMPLE_CATEGORIES: readonly SampleCategory[] = [
  {
    key: 'clothing',
    name: t('Clothing', 'Одежда', 'Giyim'),
    children: [
      {
        key: 'men',
        name: t('Men', 'Мужская одежда', 'Erkek'),
        children: [
          {
            key: 'tshirts',
            name: t('T-shirts', 'Футболки', 'Tişörtler'),
            noun: t('T-shirt', 'Футболка', 'Tişört'),
            options: ['size', 'colour'],
            attributes: ['material', 'colour', 'country', 'gender'],
            shape: { grams: [150, 320], mm: [300, 250, 20], price: [390, 2990] },
          },
          {
            key: 'hoodies',
            name: t('Hoodies', 'Худи', 'Kapüşonlular'),
            noun: t('Hoodie', 'Худи', 'Kapüşonlu'),
            options: ['size'],
            attributes: ['material', 'colour', 'country', 'gender'],
            shape: { grams: [450, 900], mm: [350, 300, 60], price: [1490, 6990] },
          },
        ],
      },
    ],
  },
  {
    key: 'sport',
    name: t('Sport', 'Спорт', 'Spor'),
    children: [
      {
        key: 'football',
        name: t('Football', 'Футбол', 'Futbol'),
        children: [
          {
            key: 'balls',
            name: t('Footballs', 'Мячи футбольные', 'Futbol topları'),
            noun: t('Football', 'Мяч футбольный', 'Futbol topu'),
            attributes: ['material', 'ballSize', 'country'],
            shape: { grams: [380, 450], mm: [230, 230, 230], price: [990, 12990] },
          },
          {
            key: 'boots',
            name: t('Football boots', 'Бутсы', 'Kramponlar'),
            noun: t('Football boots', 'Бутсы', 'Krampon'),
            options: ['shoeSize'],
            attributes: ['material', 'colour', 'country', 'gender'],
            shape: { grams: [600, 1100], mm: [330, 210, 120], price: [2490, 18990] },
          },
        ],
      },
    ],
  },
  {
    key: 'electronics',
    name: t('Electronics', 'Электроника', 'Elektronik'),
    children: [
      {
        key: 'accessories',
        name: t('Phone accessories', 'Аксессуары для телефонов', 'Telefon aksesuarları'),
        children: [
          {
            key: 'cases',
            name: t('Phone cases', 'Чехлы для смартфонов', 'Telefon kılıfları'),
            noun: t('Phone case', 'Чехол для смартфона', 'Telefon kılıfı'),
            options: ['colour'],
            attributes: ['material', 'colour', 'compatible'],
            shape: { grams: [20, 90], mm: [180, 100, 15], price: [199, 1990] },
          },
        ],
      },
    ],
  },
  {
    key: 'books',
    name: t('Books', 'Книги', 'Kitaplar'),
    children: [
      {
        key: 'fiction',
        name: t('Fiction', 'Художественная литература', 'Kurgu'),
        noun: t('Novel', 'Роман', 'Roman'),
        attributes: ['author', 'pages', 'country'],
        shape: { grams: [250, 900], mm: [210, 140, 30], price: [299, 1490] },
      },
    ],
  },
];

export const SAMPLE_BRANDS = [
  'Nike',
  'Adidas',
  'Puma',
  'Demix',
  'Joma',
  'Samsung',
  'Xiaomi',
  'Baseus',
  'LC Waikiki',
  'Koton',
  'Эксмо',
  'АСТ',
] as const;

export const SAMPLE_ATTRIBUTES: Record<AttributeKey, { name: Tri; values: readonly Tri[] }> = {
  material: {
    name: t('Material', 'Материал', 'Malzeme'),
    values: [
      t('Cotton', 'Хлопок', 'Pamuk'),
      t('Polyester', 'Полиэстер', 'Polyester'),
      t('Leather', 'Кожа', 'Deri'),
      t('Silicone', 'Силикон', 'Silikon'),
      t('Polyurethane', 'Полиуретан', 'Poliüretan'),
    ],
  },
  colour: {
    name: t('Colour', 'Цвет', 'Renk'),
    values: [
      t('Black', 'Черный', 'Siyah'),
      t('White', 'Белый', 'Beyaz'),
      t('Red', 'Красный', 'Kırmızı'),
      t('Blue', 'Синий', 'Mavi'),
      t('Green', 'Зеленый', 'Yeşil'),
    ],
  },
  country: {
    name: t('Country of origin', 'Страна-изготовитель', 'Menşe ülke'),
    values: [t('Russia', 'Россия', 'Rusya'), t('Turkey', 'Турция', 'Türkiye'), t('China', 'Китай', 'Çin')],
  },
  gender: {
    name: t('Gender', 'Пол', 'Cinsiyet'),
    values: [t('Men', 'Мужской', 'Erkek'), t('Unisex', 'Унисекс', 'Unisex')],
  },
  ballSize: {
    name: t('Ball size', 'Размер мяча', 'Top boyutu'),
    values: [t('4', '4', '4'), t('5', '5', '5')],
  },
  compatible: {
    name: t('Compatible with', 'Совместимость', 'Uyumlu model'),
    values: [
      t('iPhone 15', 'iPhone 15', 'iPhone 15'),
      t('Galaxy S24', 'Galaxy S24', 'Galaxy S24'),
      t('Redmi Note 13', 'Redmi Note 13', 'Redmi Note 13'),
    ],
  },
  author: {
    name: t('Author', 'Автор', 'Yazar'),
    values: [
      t('Leo Tolstoy', 'Лев Толстой', 'Lev Tolstoy'),
      t('Orhan Pamuk', 'Орхан Памук', 'Orhan Pamuk'),
      t('Anna Akhmatova', 'Анна Ахматова', 'Anna Ahmatova'),
    ],
  },
  pages: {
    name: t('Pages', 'Количество страниц', 'Sayfa sayısı'),
    values: [t('320', '320', '320'), t('512', '512', '512')],
  },
};

export const SAMPLE_OPTIONS: Record<OptionKey, { name: Tri; values: readonly Tri[] }> = {
  size: {
    name: t('Size', 'Размер', 'Beden'),
    values: ['XS', 'S', 'M', 'L', 'XL', 'XXL'].map((s) => t(s, s, s)),
  },
  shoeSize: {
    name: t('Shoe size', 'Размер обуви', 'Ayakkabı numarası'),
    values: ['39', '40', '41', '42', '43', '44'].map((s) => t(s, s, s)),
  },
  colour: { name: t('Colour', 'Цвет', 'Renk'), values: SAMPLE_ATTRIBUTES.colour.values },
};

/** Adjectives that make names differ; product names stay readable in every language. */
export const SAMPLE_ADJECTIVES: readonly Tri[] = [
  t('Classic', 'Классическая модель', 'Klasik'),
  t('Pro', 'Профессиональная серия', 'Pro'),
  t('Lite', 'Облегченная версия', 'Hafif'),
  t('Premium', 'Премиум', 'Premium'),
  t('Everyday', 'На каждый день', 'Günlük'),
  t('Team', 'Командная серия', 'Takım'),
];
