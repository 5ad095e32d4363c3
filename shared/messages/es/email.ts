import type { Translation } from '../catalog-shape';
import type { email as en } from '../en/email';

export const email: Translation<typeof en> = {
  problem: {
    empty: 'Escriba su dirección de correo electrónico.',
    'no-at': 'Una dirección de correo necesita una @ entre el nombre y el dominio.',
    'no-local': 'Falta la parte que va antes de la @.',
    'two-at': 'Una dirección de correo solo tiene una @.',
    'bad-local': 'La parte que va antes de la @ contiene caracteres no permitidos o es demasiado larga.',
    'no-domain': 'Falta el dominio que va después de la @.',
    'bad-domain': 'El dominio que va después de la @ no es un nombre de dominio válido (por ejemplo, example.com).',
    'too-long': 'Esta dirección de correo es demasiado larga.',
  },
  ok: 'Parece correcta: {{domain}}',
};
