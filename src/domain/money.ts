// Amounts stored in a currency's minor units, shown in whole units in the reader's language.

/** Digits after the point a currency uses (VND and KRW 0, USD 2); 2 for a code Intl does not know. */
export function currencyFractionDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

export function majorUnits(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** currencyFractionDigits(currency);
}
