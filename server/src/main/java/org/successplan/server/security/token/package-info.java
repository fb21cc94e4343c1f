/**
 * This server as a SMART Backend Services authorization server: the token endpoint
 * ({@code POST /auth/token}), client-assertion checks with a database-backed {@code jti} replay cache,
 * and the rotating signing keys published at {@code GET /auth/jwks}.
 */
package org.successplan.server.security.token;
