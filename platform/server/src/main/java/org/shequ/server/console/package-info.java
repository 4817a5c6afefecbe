/**
 * The web console's server side: its sign-in session (the browser keeps a cookie; the access token
 * lives server-side and is handed to the page's memory, never to its storage) and its message
 * bundles. The console's pages are static ES modules under {@code static/ui/} that call the public
 * JSON API like any other client.
 */
package org.shequ.server.console;
