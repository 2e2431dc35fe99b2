import { type MessageContent, ParleyError } from '@parley/core';

type Location = Extract<MessageContent, { type: 'location' }>;

/** A location's optional name and address, as both transports spell them. */
export function placeDetails(location: Location): { name?: string; address?: string } {
  return {
    ...(location.name !== undefined && { name: location.name }),
    ...(location.address !== undefined && { address: location.address }),
  };
}

/** Content no WhatsApp transport can send (Instagram comments, unsupported placeholders). */
export function cannotSend(type: MessageContent['type']): ParleyError {
  return new ParleyError(
    'INPUT_INVALID',
    `WhatsApp cannot send "${type}" content; send text, media, a menu, a location, a reaction or contacts.`,
  );
}
