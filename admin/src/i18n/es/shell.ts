import type { Translation } from '../catalogue.js';
import type { shell as english } from '../en/shell.js';

export const shell: Translation<typeof english> = {
  'app.loading': 'Cargando la consola…',
  'app.skip': 'Saltar al contenido',
  'app.brand': 'Zactonics Agent Hub',
  'app.nav': 'Consola',
  'app.menu': 'Menú',
  'app.signOut': 'Cerrar sesión',
  'app.signedOut': 'Tu sesión se cerró; vuelve a iniciar sesión.',
  'app.youSignedOut': 'Cerraste la sesión.',
  'app.areaFailed':
    'No se pudo cargar el área {area} ({reason}). Vuelve a cargar la página para intentarlo de nuevo.',
  'app.notFound': 'Página no encontrada',
  'app.toDashboard': 'Ir al panel',
  'app.titleSuffix': 'Consola de Zactonics',
  'app.preferences': 'Pantalla',

  'app.sections': 'Secciones de {heading}',

  'page.dashboard': 'Panel',
  'page.agents': 'Agentes',
  'page.scenarios': 'Escenarios',
  'page.activity': 'Actividad',
  'page.run': 'Ejecución',
  'page.review': 'Bandeja de revisión',
  'page.conversations': 'Conversaciones',
  'page.knowledge': 'Base de conocimiento',
  'page.leads': 'Clientes potenciales',
  'page.finance': 'Finanzas',
  'page.reports': 'Informes',
  'page.tax': 'Impuestos',
  'page.content': 'Contenido',
  'page.automation': 'Automatización',
  'page.settings': 'Configuración',
  'page.audit': 'Registro de auditoría',
  'page.outbox': 'Bandeja de salida',
  'page.account': 'Cuenta',
  'page.set-password': 'Elige tu contraseña',
  'page.sign-in': 'Iniciar sesión',
  'page.not-found': 'No encontrado',

  'theme.label': 'Tema',
  'theme.system': 'Sistema',
  'theme.light': 'Claro',
  'theme.dark': 'Oscuro',

  'language.label': 'Idioma',
  'language.workspace': 'Predeterminado',

  'state.loading': 'Cargando…',

  'signIn.title': 'Inicia sesión en la consola',
  'signIn.email': 'Correo electrónico',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Iniciar sesión',
  'signIn.busy': 'Iniciando sesión…',
  'signIn.missing': 'Escribe tu correo electrónico y tu contraseña.',
  'signIn.forgot':
    '¿Olvidaste tu contraseña? Un propietario puede darte un enlace para restablecerla desde su página Cuenta; el propietario de un hub propio restablece la suya con el comando reset-password (ver docs/SECURITY.md).',
  'signIn.demoHint': 'Mira la tienda de demostración con el widget de chat en',
};
