/** "0.0825" -> "8.25%": the decimal point moved two places, as text (display only, no arithmetic). */
export function percentOfRate(rate: string): string {
  const [whole = '0', decimals = ''] = rate.split('.');
  const padded = decimals.padEnd(2, '0');
  const units = String(Number(`${whole}${padded.slice(0, 2)}`));
  const rest = padded.slice(2).replace(/0+$/, '');
  return `${units}${rest ? `.${rest}` : ''}%`;
}
