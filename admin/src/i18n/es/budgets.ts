import type { Translation } from '../catalogue.js';
import type { budgets as english } from '../en/budgets.js';

export const budgets: Translation<typeof english> = {
  'budgets.policyFallbackOffline': 'Cambiar al proveedor sin conexión',
  'budgets.policyRequireApproval': 'Esperar la aprobación de una persona',
  'budgets.policyAlertOnly': 'Solo avisar',
  'budgets.statusOk': 'OK',
  'budgets.statusWarning': 'Aviso',
  'budgets.statusExhausted': 'Alcanzado',
  'budgets.workspace': 'Espacio de trabajo',
  'budgets.percent': '{percent} %',
  'budgets.figures': '{spent} de {limit} ({percent} %)',
  'budgets.consequenceFallbackOffline':
    'Las nuevas llamadas al modelo van al proveedor sin conexión.',
  'budgets.consequenceRequireApproval':
    'Las ejecuciones esperan a que una persona apruebe las llamadas pagadas al modelo.',
  'budgets.consequenceAlertOnly': 'Las llamadas al modelo continúan (solo aviso).',

  'budgets.stateTitle': 'Presupuestos de costo',
  'budgets.used': 'Presupuesto usado de {scope}',
  'budgets.stateNone':
    'No hay presupuesto: las llamadas al modelo no tienen límite (Configuración).',

  'budgets.bannerReached': 'Presupuesto de costo alcanzado:',
  'budgets.bannerWarning': 'Aviso de presupuesto de costo:',
  'budgets.bannerDetail': '{scope}, {figures}.',

  'budgets.title': 'Presupuestos de costo de los modelos',
  'budgets.intro':
    'Un límite mensual del costo de los modelos para el espacio de trabajo y para cada agente, contado en la zona horaria del espacio de trabajo. Al llegar al porcentaje de aviso se envía un aviso; al 100 % la primera llamada nueva al modelo pasa al proveedor sin conexión, espera a una persona o solo avisa.',
  'budgets.badLimit': 'Escribe el límite mensual en dólares, p. ej. 25 o 12.50.',
  'budgets.saved': 'Presupuesto guardado.',
  'budgets.removed': 'Presupuesto de {scope} eliminado.',
  'budgets.none': 'Aún no hay presupuesto: las llamadas al modelo no tienen límite.',
  'budgets.budget': 'Presupuesto',
  'budgets.monthlyLimit': 'Límite mensual',
  'budgets.atFull': 'Al 100 %',
  'budgets.warnAt': 'Avisar al',
  'budgets.thisMonth': 'Este mes',
  'budgets.status': 'Estado',
  'budgets.actions': 'Acciones',
  'budgets.remove': 'Eliminar',
  'budgets.setBudget': 'Definir un presupuesto',
  'budgets.budgetFor': 'Presupuesto para',
  'budgets.wholeWorkspace': 'Todo el espacio de trabajo',
  'budgets.limitUsd': 'Límite mensual (USD)',
  'budgets.warnAtPercent': 'Avisar al (%)',
  'budgets.save': 'Guardar presupuesto',
};
