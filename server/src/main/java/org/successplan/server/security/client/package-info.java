/**
 * The client registry: backend-services clients with their keys, allowed scopes and the one
 * Organization each acts for, stored in the database (table {@code ssp_client}).
 */
package org.successplan.server.security.client;
