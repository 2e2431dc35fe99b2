/** The demo shop's products: one list feeds both sample files, so they never disagree. */
export interface Product {
  sku: string;
  name: string;
  /** US dollars, whole: how the price list shows them. */
  price: number;
  sizes: string;
  stock: number;
  /** Catalogue copy: what it is made of, what it is for. */
  description: string[];
}

export const shopName = 'Aurora Outdoor';

export const products: Product[] = [
  {
    sku: 'AUR-TR2',
    name: 'Trail Runner 2 shoes',
    price: 129,
    sizes: '36-45',
    stock: 14,
    description: [
      'Light trail running shoes with a grippy Vibram sole and a recycled mesh upper.',
      'They weigh 280 g per shoe and drain quickly after river crossings.',
    ],
  },
  {
    sku: 'AUR-SUM',
    name: 'Summit Rain Jacket',
    price: 189,
    sizes: 'S-XL',
    stock: 6,
    description: [
      'A three-layer waterproof and breathable rain jacket with taped seams.',
      'It packs into its own chest pocket and has a helmet-compatible hood.',
    ],
  },
  {
    sku: 'AUR-DAY',
    name: 'Daypack 22 L',
    price: 74,
    sizes: 'one size',
    stock: 21,
    description: [
      'A 22 litre daypack with a padded laptop sleeve and a hydration bladder pocket.',
      'The fabric is water resistant; a rain cover is included.',
    ],
  },
  {
    sku: 'AUR-ALP',
    name: 'Alpine Down Vest',
    price: 149,
    sizes: 'S-XL',
    stock: 0,
    description: [
      'A warm vest filled with responsibly sourced 800-fill goose down.',
      'It is back in stock next month; pre-orders are welcome.',
    ],
  },
  {
    sku: 'AUR-TRK',
    name: 'Trekking Poles (pair)',
    price: 59,
    sizes: '105-135 cm',
    stock: 30,
    description: [
      'Aluminium trekking poles with cork grips and quick flick locks.',
      'They fold to 38 cm and come with rubber tips for city walks.',
    ],
  },
  {
    sku: 'AUR-HDL',
    name: 'Headlamp 400',
    price: 39,
    sizes: 'one size',
    stock: 12,
    description: [
      'A 400 lumen rechargeable headlamp with a red night mode.',
      'The battery lasts 40 hours on low and charges over USB-C.',
    ],
  },
];
