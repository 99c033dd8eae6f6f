/** The editorial calendar: states and their moves, and items placed on the shop's days. */
export * from './editorial-states.js';
export * from './editorial-calendar.js';
