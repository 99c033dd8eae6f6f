import type { Translation } from '../catalogue.js';
import type { leads as english } from '../en/leads.js';

export const leads: Translation<typeof english> = {
  'leads.none': 'Aún no hay clientes potenciales.',
  'leads.lead': 'Cliente potencial',
  'leads.score': 'Puntaje',
  'leads.tier': 'Nivel',
  'leads.stage': 'Etapa',
  'leads.factors': 'Qué movió el puntaje',
  'leads.captured': 'Captado',
  'leads.unscored': 'sin puntaje',
  'leads.notScored': 'Aún sin puntaje',
  'leads.tier.HOT': 'CALIENTE',
  'leads.tier.WARM': 'TIBIO',
  'leads.tier.COLD': 'FRÍO',
  'leads.stage.NEW': 'nuevo',
  'leads.stage.CONTACTED': 'contactado',
  'leads.stage.QUALIFIED': 'calificado',
  'leads.factor': '{label}: {contribution}',
  'leads.factorWithValue': '{label} ({value}): {contribution}',
};
