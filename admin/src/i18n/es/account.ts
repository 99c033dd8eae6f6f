import type { Translation } from '../catalogue.js';
import type { account as english } from '../en/account.js';

export const account: Translation<typeof english> = {
  'account.signedInAs': 'Sesión iniciada como {name} ({email}), {role}.',
  'account.roleWord.OWNER': 'propietario',
  'account.roleWord.ADMIN': 'administrador',
  'account.roleWord.VIEWER': 'lector',
  'account.roleCode.OWNER': 'Propietario',
  'account.roleCode.ADMIN': 'Administrador',
  'account.roleCode.VIEWER': 'Lector',

  'account.changeTitle': 'Cambia tu contraseña',
  'account.enterCurrent': 'Escribe tu contraseña actual.',
  'account.tooShort': 'La nueva contraseña debe tener al menos {count} caracteres.',
  'account.differ': 'La nueva contraseña y su confirmación no coinciden.',
  'account.changed': 'Tu contraseña cambió. Se cerraron tus otras sesiones; esta sigue abierta.',
  'account.current': 'Contraseña actual',
  'account.new': 'Nueva contraseña (al menos {count} caracteres)',
  'account.again': 'Repite la nueva contraseña',
  'account.change': 'Cambiar contraseña',

  'account.people': 'Personas',
  'account.inviteTitle': 'Invitar a alguien',
  'account.inviteHint':
    'Recibirá un enlace de un solo uso (72 horas) para elegir su propia contraseña.',
  'account.enterEmailAndName': 'Escribe su correo y su nombre.',
  'account.email': 'Correo',
  'account.name': 'Nombre',
  'account.role': 'Rol',
  'account.roleViewer': 'Lector: ve todo, no cambia nada',
  'account.roleAdmin': 'Administrador: todo menos personas y claves',
  'account.roleOwner': 'Propietario: todo',
  'account.invite': 'Invitar',
  'account.invitationEmailed':
    'Invitación para {email}, válida hasta {time}: se le envió por correo (mírala en la {outbox} si el hub retiene el correo).',
  'account.invitationNotEmailed':
    'Invitación para {email}, válida hasta {time}: {notEmailed} (el hub no puede enviar correo); pásasela tú.',
  'account.resetEmailed':
    'Enlace para restablecer la contraseña de {email}, válido hasta {time}: se le envió por correo (míralo en la {outbox} si el hub retiene el correo).',
  'account.resetNotEmailed':
    'Enlace para restablecer la contraseña de {email}, válido hasta {time}: {notEmailed} (el hub no puede enviar correo); pásaselo tú.',
  'account.outbox': 'Bandeja de salida',
  'account.notEmailed': 'no se envió por correo',
  'account.noUsers': 'No hay usuarios de la consola.',
  'account.person': 'Persona',
  'account.lastSignIn': 'Último inicio de sesión',
  'account.actions': 'Acciones',
  'account.invited': 'Invitado',
  'account.never': 'nunca',
  'account.newInvitationLink': 'Nuevo enlace de invitación',
  'account.resetLink': 'Enlace para restablecer la contraseña',

  'account.setPassword.title': 'Elige tu contraseña',
  'account.setPassword.noToken':
    'Este enlace no tiene token: abre el enlace completo desde el correo.',
  'account.setPassword.tooShort': 'La contraseña debe tener al menos {count} caracteres.',
  'account.setPassword.differ': 'Las dos contraseñas no coinciden.',
  'account.setPassword.invited': 'Te invitaron a la consola como {email}. Elige tu contraseña.',
  'account.setPassword.reset':
    'Elige una nueva contraseña para {email}. Esto cierra tu sesión en todas partes.',
  'account.setPassword.worksUntil': 'El enlace funciona una sola vez, hasta el {time}.',
  'account.setPassword.new': 'Nueva contraseña (al menos {count} caracteres)',
  'account.setPassword.again': 'Repítela',
  'account.setPassword.saving': 'Guardando…',
  'account.setPassword.set': 'Guardar contraseña',
  'account.setPassword.done': 'Tu contraseña quedó guardada. {signIn} con ella.',
  'account.setPassword.signIn': 'Inicia sesión',
};
