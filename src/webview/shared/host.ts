import type { Message } from './protocol';

/** The part of the API VS Code gives a webview page that ML Reps uses. */
export interface HostChannel<ToHost extends Message> {
  postMessage(message: ToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): HostChannel<Message>;

/**
 * The page's side of the handshake, shared by every page: takes VS Code's API (once per page, as VS Code requires),
 * passes each message of the host's one type to `onMessage` and ignores anything else, then says `ready` so the
 * host sends the view. Messages arrive after this module has run, so the page's own state is set up by then.
 */
export function connectToHost<ToHost extends Message, FromHost extends Message>(type: FromHost['type'], onMessage: (message: FromHost) => void): HostChannel<ToHost> {
  const api = acquireVsCodeApi() as HostChannel<ToHost>;
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<FromHost> | null;
    if (data && typeof data === 'object' && data.type === type) onMessage(data as FromHost);
  });
  api.postMessage({ type: 'ready' } as ToHost);
  return api;
}
