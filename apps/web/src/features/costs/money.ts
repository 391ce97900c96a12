import { formatMoney as formatMinor, type Currency } from '@lots/core';
import { currentLocale } from '../../i18n';

/** Minor units (öre, øre) for the reader: "12 500,50 kr", "NOK 12,500.50". */
export const money = (amount: number, currency: Currency) => formatMinor(amount, currency, currentLocale());
