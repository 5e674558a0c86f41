import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { PanelSession, PanelSessions } from './sessions';

export const SESSION_COOKIE = 'meschain_panel';
/** Same name as the panel's transport sends (admin-ui/src/api/transport.ts). */
export const CSRF_HEADER = 'x-meschain-csrf';

const LOOPBACK_HOST = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])(:\d{1,5})?$/i;

/**
 * The Host header names this machine. A page elsewhere that points its own name at 127.0.0.1 (DNS
 * rebinding) sends its own Host, so it never gets the panel or its cookie's session.
 */
export function hostIsLoopback(c: Context): boolean {
  return LOOPBACK_HOST.test(c.req.header('host') ?? '');
}

/** The session a request carries, when it comes from this machine's browser with a live session cookie. */
export function sessionOf(c: Context, sessions: PanelSessions): PanelSession | undefined {
  if (!hostIsLoopback(c)) {
    return undefined;
  }
  return sessions.find(getCookie(c, SESSION_COOKIE));
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from answer times. */
function sameToken(presented: string | undefined, expected: string): boolean {
  const a = Buffer.from(presented ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Vouches for an API call from the panel: a live session and, for anything but a read, the session's CSRF
 * token in a header a cross-site form cannot set.
 */
export function panelSessionAuthenticator(sessions: PanelSessions) {
  return async (c: Context): Promise<boolean> => {
    const session = sessionOf(c, sessions);
    if (!session) {
      return false;
    }
    const method = c.req.method.toUpperCase();
    return method === 'GET' || method === 'HEAD' || sameToken(c.req.header(CSRF_HEADER), session.csrf);
  };
}
