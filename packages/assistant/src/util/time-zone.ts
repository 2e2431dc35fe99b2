export { isTimeZone } from '@parley/core/internal';

export const timeZoneMessage = 'unknown time zone; use an IANA name like "America/Sao_Paulo"';
