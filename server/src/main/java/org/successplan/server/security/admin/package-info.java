/**
 * The operator API under {@code /admin}: organizations, the client registry and the server's signing
 * keys. Protected by the operator credential (HTTP Basic, {@code SSP_SECURITY_ADMIN_PASSWORD}).
 */
package org.successplan.server.security.admin;
