package org.shequ.server.console;

import java.io.Serializable;
import java.util.List;

/**
 * Who signed in to the console through the demo sign-in: kept in the web session, turned into a
 * fresh embedded-issuer token on each {@code GET /console/session}.
 */
record ConsoleIdentity(String subject, String tenant, List<String> roles, String orgUnit)
    implements Serializable {}
