package org.successplan.server.storage;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.model.ResourceVersionConflictResolutionStrategy;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.successplan.server.fhir.StorageInterceptor;

/**
 * Retries a request's database transaction when it lost a race with another request writing the same
 * resource (e.g. two referrals for one student, each adding itself to the student's SuccessPlan), so
 * the client gets its answer rather than a {@code 409} it did nothing to cause. A request that names
 * the version it changes ({@code If-Match}) is not retried: its {@code 409} is the answer it asked for.
 * HAPI rolls back and replays the whole transaction after a random back-off (up to 250 ms times the
 * attempt); of n requests racing for one resource at least one wins each round, so ten retries carry
 * ten concurrent writers of one resource through.
 */
@Interceptor
final class VersionConflictRetry implements StorageInterceptor {

    static final int MAX_RETRIES = 10;

    @Hook(Pointcut.STORAGE_VERSION_CONFLICT)
    public ResourceVersionConflictResolutionStrategy retryUnlessVersioned(RequestDetails request) {
        ResourceVersionConflictResolutionStrategy strategy = new ResourceVersionConflictResolutionStrategy();
        boolean versioned = request != null && request.getHeader("If-Match") != null;
        strategy.setRetry(request != null && !versioned);
        strategy.setMaxRetries(strategy.isRetry() ? MAX_RETRIES : 0);
        return strategy;
    }
}
