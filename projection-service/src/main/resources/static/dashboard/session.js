// The operator's bearer token, for this browser tab only (sessionStorage: gone when the tab closes, never a cookie).

const KEY = 'dashboard.token';

export const session = {
  token: () => window.sessionStorage.getItem(KEY),
  signIn: (token) => window.sessionStorage.setItem(KEY, token.trim().replace(/^Bearer\s+/i, '')),
  signOut: () => window.sessionStorage.removeItem(KEY),
};

/** Thrown when the service refuses the token (401 expired or invalid, 403 not the operations centre). */
export class SignInRequired extends Error {
  constructor(status) {
    super(`the service answered ${status}: sign in with an operations centre token`);
    this.status = status;
  }
}
