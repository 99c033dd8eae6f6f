/** "#jl-1042 " -> "JL-1042": how customers type the numbers the shop prints as JL-1042. */
export function normalizeOrderNumber(raw: string): string {
  return raw.trim().replace(/^#\s*/, '').toUpperCase();
}
