import type { LivechatChannel } from '@parley/adapter-livechat';
import { createConsole, hashPassword, passwordLogin } from '@parley/console';
import type { Desk, Logger } from '@parley/core';
import { assistantName, ids, operatorName, shopName } from '../shop/config.js';

export interface OperatorConsoleOptions {
  desk: Desk;
  chat: LivechatChannel;
  logger: Logger;
  /** Whether the visitor has read the message with this external id. */
  seen(externalId: string): boolean;
  /** `CONSOLE_PASSWORD`: with it, Maria signs in with the built-in login. */
  password?: string;
  /** Plain http on loopback: the sign-in cookie cannot be `Secure` there. */
  secureCookie: boolean;
}

/**
 * The shop's operator console, `@parley/console` mounted at `/console`. With
 * `CONSOLE_PASSWORD` Maria signs in with it (the built-in login); without it the demo
 * signs everyone in as Maria, which is why the quickstart listens on 127.0.0.1 only.
 */
export async function operatorConsole(o: OperatorConsoleOptions) {
  const maria = {
    id: ids.operator,
    name: operatorName,
    tenantId: 'default',
    role: 'admin' as const,
  };
  const console_ = createConsole({
    desk: o.desk,
    title: `${shopName} · Parley`,
    handBackTo: { default: ids.assistant },
    assistantNames: { [ids.assistant]: assistantName },
    seen: (_tenant, externalId) => o.seen(externalId),
    // Files visitors send in the widget stay in the channel; the console shows them.
    readMedia: (url) => o.chat.readFile(url),
    logger: o.logger,
    ...(o.password
      ? {
          login: passwordLogin({
            secureCookie: o.secureCookie,
            operators: [
              { ...maria, username: ids.operator, passwordHash: await hashPassword(o.password) },
            ],
          }),
        }
      : { authenticate: () => maria }),
  });
  const offTyping = o.chat.on('visitor.typing', ({ address, on }) =>
    console_.typing('default', address, on),
  );
  return {
    console: console_,
    close() {
      offTyping();
      console_.close();
    },
  };
}
