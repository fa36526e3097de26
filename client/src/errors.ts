import { ApiError } from './api';
import { formatNumber, hasMessage, t } from './i18n';

/**
 * A refusal or failure as one plain sentence in the current language. The server's own messages are
 * English and technical; people read a sentence chosen by extensions.code (and extensions.field).
 */
export function describeError(err: unknown, context: { unit?: string } = {}): string {
  if (!(err instanceof ApiError)) return t('errUnknown');
  const ext = err.extensions;
  switch (err.code) {
    case 'CAPACITY_EXCEEDED': {
      const available = typeof ext.available === 'number' ? ext.available : Number(ext.available);
      const requested = typeof ext.requested === 'number' ? ext.requested : Number(ext.requested);
      if (Number.isFinite(available) && Number.isFinite(requested)) {
        return t('errCapacity', {
          available: formatNumber(available),
          requested: formatNumber(requested),
          unit: context.unit ? ` ${context.unit}`.trimStart() : '',
        });
      }
      return t('errCapacityPlain');
    }
    case 'INVALID_TRANSITION':
      return t('errTransition');
    case 'FORBIDDEN':
      return t('errForbidden');
    case 'NOT_FOUND':
      return t('errNotFound');
    case 'CONFLICT':
      return t('errConflict');
    case 'BAD_USER_INPUT': {
      const field = typeof ext.field === 'string' ? ext.field.split('.').pop()! : '';
      const key = `field_${field}`;
      return hasMessage(key) ? t('errInput', { field: t(key) }) : t('errInputPlain');
    }
    case 'UNAUTHENTICATED':
      return t('errUnauthenticated');
    case 'TOO_MANY_REQUESTS':
      return t('errTooMany');
    case 'NETWORK':
      return t('errNetwork');
    default:
      return t('errUnknown');
  }
}
