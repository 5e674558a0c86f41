/*
 * Every place a message sends the merchant to, in one typed list. Messages take their words from `fixPlace`; none
 * writes "a › b" by hand (a test scans the bridge for that). Tests hold the list to what exists: its OpenCart places
 * to OpenCart's release trees (menu, form tabs and labels), its panel places to the module's menu and, in Chromium,
 * to the panel's screens in every language it speaks (test/unit/fix-places.test.ts, test/browser/fix-places.test.ts).
 */

/** A page of OpenCart's admin reached through its menu; optionally a labelled field of its edit form, or a choice. */
export interface OpencartPlace {
  readonly app: 'opencart';
  /** The admin menu's entries, top level first, as OpenCart's English language files name them. */
  readonly menu: readonly [string, ...string[]];
  /** The route the last entry opens. */
  readonly route: string;
  /** A field of the form that edits one of the page's rows (`of`): its language file, template, tab and label. */
  readonly control?: {
    readonly of: 'product' | 'store';
    readonly form: string;
    readonly template: string;
    readonly tab: string;
    readonly label: string;
  };
  /** A choice on the page (a type in a list), as one of OpenCart's language files names it. */
  readonly choice?: { readonly language: string; readonly label: string };
}

/** The panel's pages (hash routes), each an entry of the module's "Ozon" menu in OpenCart's admin. */
export type PanelPage = 'dashboard' | 'products' | 'offers' | 'mapping' | 'logs' | 'settings';

/** The module's menu in OpenCart's admin (its English language file): "Ozon", then one entry per panel page. */
export const OZON_MENU = 'Ozon';
export const PANEL_PAGE_NAMES: Readonly<Record<PanelPage, string>> = {
  dashboard: 'Dashboard',
  products: 'Products',
  offers: 'Stock & prices',
  mapping: 'Mapping',
  logs: 'Logs',
  settings: 'Settings',
};

/**
 * One step inside a panel page: a visible label with the panel's text key (so a test finds it in every language),
 * or a row the message names: a store category (by its name) or an Ozon attribute of the category's Ozon category.
 */
export type PanelStep =
  | { readonly label: string; readonly key: string }
  | { readonly slot: 'category' | 'attribute' };

export interface PanelPlace {
  readonly app: 'panel';
  readonly page: PanelPage;
  readonly steps: readonly PanelStep[];
}

export type FixPlace = OpencartPlace | PanelPlace;

const CATALOG_PRODUCTS = { menu: ['Catalog', 'Products'], route: 'catalog/product' } as const;

function productField(tab: string, label: string): OpencartPlace {
  return {
    app: 'opencart',
    ...CATALOG_PRODUCTS,
    control: { of: 'product', form: 'catalog/product', template: 'catalog/product_form', tab, label },
  };
}

function opencartPage(menu: readonly [string, ...string[]], route: string): OpencartPlace {
  return { app: 'opencart', menu, route };
}

function panel(page: PanelPage, ...steps: PanelStep[]): PanelPlace {
  return { app: 'panel', page, steps };
}

const CATEGORY = { slot: 'category' } as const;

/** A place in an Ozon attribute's row, under the store category whose Ozon category it belongs to. */
function attributeOfCategory(...steps: PanelStep[]): PanelPlace {
  return panel('mapping', CATEGORY, { slot: 'attribute' }, ...steps);
}

export const FIX_PLACES = {
  productModel: productField('Data', 'Model'),
  productSku: productField('Data', 'SKU'),
  productUpc: productField('Data', 'UPC'),
  productEan: productField('Data', 'EAN'),
  productJan: productField('Data', 'JAN'),
  productIsbn: productField('Data', 'ISBN'),
  productMpn: productField('Data', 'MPN'),
  productLocation: productField('Data', 'Location'),
  productPrice: productField('Data', 'Price'),
  productWeight: productField('Data', 'Weight'),
  productWeightClass: productField('Data', 'Weight Class'),
  productDimensions: productField('Data', 'Dimensions (L x W x H)'),
  productLengthClass: productField('Data', 'Length Class'),
  productName: productField('General', 'Product Name'),
  productDescription: productField('General', 'Description'),
  productMetaTitle: productField('General', 'Meta Tag Title'),
  productTags: productField('General', 'Product Tags'),
  productManufacturer: productField('Links', 'Manufacturer'),
  productCategories: productField('Links', 'Categories'),
  productStores: productField('Links', 'Stores'),
  productAttribute: productField('Attribute', 'Attribute'),
  productOptionValue: productField('Option', 'Option Value'),
  productImage: productField('Image', 'Image'),
  options: opencartPage(['Catalog', 'Options'], 'catalog/option'),
  weightClasses: opencartPage(['System', 'Localisation', 'Weight Classes'], 'localisation/weight_class'),
  lengthClasses: opencartPage(['System', 'Localisation', 'Length Classes'], 'localisation/length_class'),
  languages: opencartPage(['System', 'Localisation', 'Languages'], 'localisation/language'),
  currencies: opencartPage(['System', 'Localisation', 'Currencies'], 'localisation/currency'),
  storeCurrency: {
    app: 'opencart',
    menu: ['System', 'Settings'],
    route: 'setting/store',
    control: {
      of: 'store',
      form: 'setting/setting',
      template: 'setting/setting',
      tab: 'Local',
      label: 'Currency',
    },
  },
  extensionInstaller: opencartPage(['Extensions', 'Installer'], 'marketplace/installer'),
  extensionModules: {
    ...opencartPage(['Extensions', 'Extensions'], 'marketplace/extension'),
    choice: { language: 'extension/extension/module', label: 'Modules' },
  },
  settings: panel('settings'),
  settingsOfferId: panel('settings', { label: 'offer_id from', key: 'settings.offerIdSource' }),
  settingsCurrency: panel('settings', { label: 'Currency', key: 'settings.currency' }),
  settingsTextLanguage: panel('settings', {
    label: 'Language of texts',
    key: 'settings.descriptionLanguage',
  }),
  catalogueDownload: panel('mapping', { label: 'Download Ozon categories', key: 'mapping.refreshCatalogue' }),
  categoryLeaf: panel('mapping', { label: 'Store categories', key: 'mapping.storeCategories' }, CATEGORY, {
    label: 'Ozon category',
    key: 'mapping.ozonCategory',
  }),
  attributeRule: attributeOfCategory(
    { label: 'Edit', key: 'mapping.edit' },
    { label: 'Value from', key: 'mapping.valueFrom' },
  ),
  attributeValues: attributeOfCategory(
    { label: 'Values', key: 'mapping.storeValues' },
    { label: 'Pick…', key: 'mapping.pickValue' },
  ),
} as const satisfies Record<string, FixPlace>;

export type FixPlaceName = keyof typeof FIX_PLACES;

/** The names a message fills into a place: the store category and Ozon attribute, or an OpenCart field's own name. */
export interface PlaceNames {
  readonly category?: string | undefined;
  readonly attribute?: string | undefined;
  /** A field's own name after its label: the attribute «Colour» of the Attribute tab. */
  readonly detail?: string | undefined;
}

function quoted(name: string): string {
  return `«${name}»`;
}

function opencartText(place: OpencartPlace, names: PlaceNames): string {
  const menu = place.menu.join(' › ');
  if (place.control) {
    const { of, tab, label } = place.control;
    const field = names.detail === undefined ? label : `${label} ${quoted(names.detail)}`;
    return `${field} on the ${of}'s ${tab} tab in ${menu}`;
  }
  return place.choice ? `${menu} › ${place.choice.label}` : menu;
}

function stepText(step: PanelStep, names: PlaceNames): string {
  if ('label' in step) {
    return step.label;
  }
  if (step.slot === 'category') {
    return names.category === undefined ? 'the store category' : quoted(names.category);
  }
  return `attribute ${names.attribute === undefined ? 'of this value' : quoted(names.attribute)}`;
}

/** A place in words: "Ozon › Mapping › «T-shirts» › attribute «Бренд» › Values › Pick…". */
export function placeText(place: FixPlace, names: PlaceNames = {}): string {
  if (place.app === 'opencart') {
    return opencartText(place, names);
  }
  return [OZON_MENU, PANEL_PAGE_NAMES[place.page], ...place.steps.map((s) => stepText(s, names))].join(' › ');
}

/** The place of the list called `name`, in words. */
export function fixPlace(name: FixPlaceName, names: PlaceNames = {}): string {
  return placeText(FIX_PLACES[name], names);
}
