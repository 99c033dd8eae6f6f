import type { Translation } from '../catalogue.js';
import type { dashboard as english } from '../en/dashboard.js';

export const dashboard: Translation<typeof english> = {
  'dashboard.period': 'Periodo',
  'dashboard.lastDays': { one: 'Último día', other: 'Últimos {count} días' },
  'dashboard.keyFigures': 'Cifras clave',
  'dashboard.runs': 'Ejecuciones',
  'dashboard.successRate': 'Tasa de éxito',
  'dashboard.unavailableNote': {
    one: '{count} falló por una herramienta no disponible (no se cuenta)',
    other: '{count} fallaron por una herramienta no disponible (no se cuentan)',
  },
  'dashboard.escalations': 'Escalamientos',
  'dashboard.handoffs': 'Traspasos a una persona',
  'dashboard.medianSlowest': 'Duración mediana (agente más lento)',
  'dashboard.p95Slowest': 'Duración p95 (agente más lento)',
  'dashboard.cost': 'Costo',
  'dashboard.openApprovals': 'Aprobaciones pendientes',
  'dashboard.runsPerDay': 'Ejecuciones por día, por agente',
  'dashboard.day': 'Día',
  'dashboard.dayLabel': '{day}/{month}',
  'dashboard.noRuns': {
    one: 'No hubo ejecuciones en el último día. Inicia una desde Escenarios o abre el chat de la tienda de demostración.',
    other:
      'No hubo ejecuciones en los últimos {count} días. Inicia una desde Escenarios o abre el chat de la tienda de demostración.',
  },
  'dashboard.costPerAgentUsd': 'Costo de modelos por agente (USD)',
  'dashboard.costPerAgent': 'Costo de modelos por agente',
  'dashboard.agent': 'Agente',
  'dashboard.costUsd': 'Costo (USD)',
  'dashboard.noCost':
    'No hubo costo de modelos en este periodo: las ejecuciones con el proveedor sin conexión son gratuitas. Con un proveedor de modelos configurado, aquí aparece el costo de cada agente.',
  'dashboard.perAgent': 'Por agente',
  'dashboard.median': 'Mediana',
  'dashboard.p95': 'p95',
  'dashboard.tokensInOut': 'Tokens de entrada / salida',
  'dashboard.tokensValue': '{input} / {output}',
  'dashboard.chartLabel': 'Etiqueta',
};
