import { createDecipheriv, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FakeAccount, sendJson as send, shape } from './fake-instagram-wire.test-support.js';

/**
 * The fake's login side: the password envelope (decrypted like the real server does),
 * two-factor, checkpoints and bearer sessions.
 */
export function fakeLogin(account: FakeAccount) {
  const { options, self } = account;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const jwk = privateKey.export({ format: 'jwk' }) as { n: string; d: string };
  const sessions = new Set<string>();
  let checkpointPending = false;
  let checkpointNext = false;
  let loginCount = 0;

  function authorization() {
    const sessionid = randomBytes(8).toString('hex');
    sessions.add(sessionid);
    const payload = Buffer.from(JSON.stringify({ ds_user_id: self.pk, sessionid })).toString(
      'base64',
    );
    return `Bearer IGT:2:${payload}`;
  }
  function hasSession(req: IncomingMessage): boolean {
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer IGT:2:')) return false;
    try {
      const parsed = JSON.parse(Buffer.from(header.slice(13), 'base64').toString()) as {
        sessionid?: string;
      };
      return parsed.sessionid !== undefined && sessions.has(parsed.sessionid);
    } catch {
      return false;
    }
  }

  /** The app's password envelope: RSA(PKCS#1 v1.5) wraps an AES-256-GCM key. */
  function decryptPassword(enc: string): string {
    const [, , time, b64] = enc.split(':');
    const buf = Buffer.from(b64!, 'base64');
    const size = buf.readInt16LE(14);
    const rsa = buf.subarray(16, 16 + size);
    const tag = buf.subarray(16 + size, 32 + size);
    const aes = buf.subarray(32 + size);
    // Node refuses PKCS#1 v1.5 private decryption, so the fake does the RSA math itself.
    const big = (b64url: string) => BigInt(`0x${Buffer.from(b64url, 'base64url').toString('hex')}`);
    const n = big(jwk.n);
    let base = BigInt(`0x${rsa.toString('hex')}`) % n;
    let exp = big(jwk.d);
    let m = 1n;
    while (exp > 0n) {
      if (exp & 1n) m = (m * base) % n;
      base = (base * base) % n;
      exp >>= 1n;
    }
    const keyBytes = Buffer.from(jwk.n, 'base64url').length;
    const padded = Buffer.from(m.toString(16).padStart(keyBytes * 2, '0'), 'hex');
    const key = padded.subarray(padded.indexOf(0, 2) + 1);
    const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(2, 14));
    decipher.setAAD(Buffer.from(time!));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(aes), decipher.final()]).toString('utf8');
  }

  const loggedIn = (res: ServerResponse, body: Record<string, unknown>) => {
    loginCount++;
    send(res, 200, body, { 'ig-set-authorization': authorization() });
  };
  const loginUser = () => {
    const body = shape<{ logged_in_user: Record<string, unknown> }>('login_ok');
    Object.assign(body.logged_in_user, self);
    return body;
  };
  const challenge = () => {
    const body = shape<{ challenge: { url: string; api_path: string } }>('challenge_required');
    body.challenge.api_path = `/challenge/${self.pk}/wE3aBc/`;
    body.challenge.url = `https://i.instagram.com${body.challenge.api_path}`;
    return body;
  };

  /** Answers a login-side request; false when the path is not one. */
  function route(path: string, form: Record<string, unknown>, res: ServerResponse): boolean {
    if (path === '/api/v1/qe/sync/') {
      send(res, 200, shape('qe_sync'), {
        'ig-set-password-encryption-key-id': '41',
        'ig-set-password-encryption-pub-key': Buffer.from(pem).toString('base64'),
      });
    } else if (path === '/api/v1/accounts/login/') {
      const password = decryptPassword(String(form.enc_password));
      if (form.username !== options.username || password !== options.password)
        send(res, 400, shape('login_bad_password'));
      else if (options.twoFactorCode) {
        const body = shape<{ message: string; two_factor_info: Record<string, unknown> }>(
          'login_two_factor',
        );
        body.message = 'Enter the code we sent to your number ending in 89.';
        Object.assign(body.two_factor_info, {
          username: self.username,
          two_factor_identifier: 'tf-7781',
        });
        send(res, 400, body);
      } else if (options.checkpointCode) {
        checkpointPending = true;
        send(res, 400, challenge());
      } else loggedIn(res, loginUser());
    } else if (path === '/api/v1/accounts/two_factor_login/') {
      if (
        form.two_factor_identifier !== 'tf-7781' ||
        form.verification_code !== options.twoFactorCode
      )
        send(res, 400, shape('two_factor_wrong_code'));
      else loggedIn(res, loginUser());
    } else if (path === `/api/v1/challenge/reset/${self.pk}/wE3aBc/` && checkpointPending) {
      const body = shape<{ user_id: unknown }>('challenge_select_method');
      body.user_id = Number(self.pk);
      send(res, 200, body);
    } else if (path === `/api/v1/challenge/${self.pk}/wE3aBc/` && checkpointPending) {
      if (form.choice !== undefined) {
        const body = shape<{ user_id: unknown }>('challenge_verify_code');
        body.user_id = Number(self.pk);
        send(res, 200, body);
      } else if (form.security_code !== options.checkpointCode)
        send(res, 400, shape('challenge_wrong_code'));
      else {
        checkpointPending = false;
        loggedIn(res, { ...loginUser(), action: 'close' });
      }
    } else return false;
    return true;
  }

  /** Refuses a request without a session, or with a checkpoint due; true when it did. */
  function refuse(req: IncomingMessage, res: ServerResponse): boolean {
    if (!hasSession(req)) send(res, 403, shape('login_required'));
    else if (checkpointNext) {
      checkpointNext = false;
      checkpointPending = true;
      send(res, 400, challenge());
    } else return false;
    return true;
  }

  return {
    route,
    refuse,
    get loginCount() {
      return loginCount;
    },
    /** Every session ends (the owner logged out elsewhere). */
    expireSessions: () => sessions.clear(),
    /** The next authorised request answers `challenge_required`. */
    checkpointOnNextRequest() {
      checkpointNext = true;
      if (!options.checkpointCode) options.checkpointCode = '424242';
    },
  };
}
