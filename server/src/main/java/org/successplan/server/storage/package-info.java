/**
 * Storage: the HAPI JPA persistence unit on the configured database (embedded H2 file by default,
 * PostgreSQL with the {@code postgres} profile), the schema migration that runs before it, and the
 * {@code JpaStorageSettings} that decide how HAPI stores and searches resources. Also what happens when
 * the database fails: requests get {@code 503} (not {@code 500}) while it cannot be reached, and queued
 * work ({@link org.successplan.server.storage.QueuedWork}) is drained on shutdown before the pool closes.
 */
package org.successplan.server.storage;
