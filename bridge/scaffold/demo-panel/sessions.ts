import { randomBytes } from 'node:crypto';

/** How long a printed login link stays valid; it is single-use either way. */
export const LOGIN_TOKEN_TTL_MS = 60 * 60_000;
/** How long a panel session lasts without use. */
export const SESSION_IDLE_TTL_MS = 12 * 60 * 60_000;

export interface PanelSession {
  readonly id: string;
  /** Must accompany every write as the CSRF header; the shell page hands it to the panel. */
  readonly csrf: string;
  expiresAt: number;
}

const token = (): string => randomBytes(32).toString('hex');

/**
 * Login tokens and sessions of the bridge-served panel, in memory: a restart logs everyone out, which is right
 * for a development and demo tool that prints a fresh link at every start.
 */
export function createPanelSessions(now: () => number) {
  const logins = new Map<string, number>();
  const sessions = new Map<string, PanelSession>();
  const sweep = (): void => {
    const at = now();
    for (const [key, expiresAt] of logins) {
      if (expiresAt <= at) {
        logins.delete(key);
      }
    }
    for (const [key, session] of sessions) {
      if (session.expiresAt <= at) {
        sessions.delete(key);
      }
    }
  };
  return {
    /** A new single-use login token. */
    issueLoginToken(): string {
      sweep();
      const value = token();
      logins.set(value, now() + LOGIN_TOKEN_TTL_MS);
      return value;
    },
    /** Exchanges a login token for a new session; undefined when the token is unknown, used or expired. */
    redeem(loginToken: string): PanelSession | undefined {
      sweep();
      if (!logins.delete(loginToken)) {
        return undefined;
      }
      const session: PanelSession = { id: token(), csrf: token(), expiresAt: now() + SESSION_IDLE_TTL_MS };
      sessions.set(session.id, session);
      return session;
    },
    /** The live session with this id, its idle timer renewed. */
    find(sessionId: string | undefined): PanelSession | undefined {
      if (!sessionId) {
        return undefined;
      }
      const session = sessions.get(sessionId);
      if (!session || session.expiresAt <= now()) {
        sessions.delete(sessionId ?? '');
        return undefined;
      }
      session.expiresAt = now() + SESSION_IDLE_TTL_MS;
      return session;
    },
  };
}

export type PanelSessions = ReturnType<typeof createPanelSessions>;
