import type { Translation } from '../catalogue.js';
import type { knowledge as english } from '../en/knowledge.js';

export const knowledge: Translation<typeof english> = {
  'knowledge.needsTitleAndBody': 'Un artículo necesita un título y un cuerpo.',
  'knowledge.saved': 'Guardado.',
  'knowledge.deleted': 'Eliminado.',
  'knowledge.none': 'Ningún artículo coincide.',
  'knowledge.articles': 'Artículos',
  'knowledge.search': 'Buscar artículos',
  'knowledge.newArticle': 'Nuevo artículo',
  'knowledge.draft': '(borrador)',
  'knowledge.editor': 'Editor de artículos',
  'knowledge.editArticle': 'Editar artículo',
  'knowledge.title': 'Título',
  'knowledge.slug': 'Slug',
  'knowledge.slugHint': '(se genera a partir del título si lo dejas vacío)',
  'knowledge.tags': 'Etiquetas',
  'knowledge.tagsHint': '(separadas por comas)',
  'knowledge.body': 'Cuerpo',
  'knowledge.published': 'Publicado (el agente solo responde a partir de los artículos publicados)',
  'knowledge.save': 'Guardar',
  'knowledge.delete': 'Eliminar',
};
