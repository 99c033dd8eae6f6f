// Built into dist/theme-boot.js, a classic script the page loads in <head> before anything is
// painted: the stored theme is on <html> at first paint, so a dark-mode user sees no white flash.
import { applyTheme } from './theme.js';

applyTheme();
