import type { Translation } from '../catalogue.js';
import type { outbox as english } from '../en/outbox.js';

export const outbox: Translation<typeof english> = {
  'outbox.catcher':
    'Este hub no tiene servidor SMTP (HUB_SMTP_URL), así que guarda aquí cada correo en lugar de enviarlo: los seguimientos y recordatorios terminan como si se hubieran enviado. Configura HUB_SMTP_URL para enviarlos de verdad.',
  'outbox.smtp':
    'Este hub envía el correo por su servidor SMTP; aquí solo aparece el correo retenido antes de eso.',
  'outbox.none':
    'Este hub no puede enviar correo (producción sin HUB_SMTP_URL): los envíos fallan y los borradores se conservan. Configura HUB_SMTP_URL para enviarlos.',
  'outbox.htmlTitle': 'La versión HTML, como la mostraría el programa de correo del destinatario',
  'outbox.back': 'Volver a la bandeja de salida',
  'outbox.empty': 'Aún no hay correos: aquí aparece lo que envía el hub.',
  'outbox.sent': 'Enviado',
  'outbox.to': 'Para',
  'outbox.subject': 'Asunto',
  'outbox.confidentialTitle': 'Contiene un enlace de contraseña de un solo uso',
  'outbox.ownersOnly': 'Solo propietarios',
  'outbox.pages': 'Páginas de la bandeja de salida',
};
