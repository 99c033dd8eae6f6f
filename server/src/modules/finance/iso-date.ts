import { DomainError } from '../../errors.js';

/** Refuses anything but a real calendar date written YYYY-MM-DD. */
export function assertIsoDate(value: string, field: string): void {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new DomainError('INVALID_INPUT', `${field} must be a date written YYYY-MM-DD.`);
  }
}
