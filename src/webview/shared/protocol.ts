/**
 * What every webview protocol shares. A page and its host exchange `{ type, ... }` messages; the page starts the
 * handshake with `ready` once it listens, and the host sends views only to a page that said so.
 *
 * `Replies` is the table of request/response pairs: for each message the page sends, the message type the host
 * answers with once it has accepted it (the page's new view), or `null` when the host answers nothing (a report, or
 * an action whose effects come back later as a fresh view). The panel hosts' shared base (`WebviewPanelHost`) sends
 * the reply from this table, so no handler can forget it or answer with the wrong type.
 */
export type Message = { readonly type: string };

export type Replies<FromPage extends Message, ToPage extends Message> = { readonly [K in FromPage['type']]: ToPage['type'] | null };

/** The first message of every page. */
export type Ready = { type: 'ready' };
