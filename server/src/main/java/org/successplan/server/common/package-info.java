/** Shared error vocabulary: stable error codes and the OperationOutcomes that carry them. */
package org.successplan.server.common;
