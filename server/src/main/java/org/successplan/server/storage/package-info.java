/**
 * Storage: the HAPI JPA persistence unit on the configured database (embedded H2 file by default,
 * PostgreSQL with the {@code postgres} profile), the schema migration that runs before it, and the
 * {@code JpaStorageSettings} that decide how HAPI stores and searches resources.
 */
package org.successplan.server.storage;
