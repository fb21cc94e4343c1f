package org.successplan.server.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;

/**
 * Maintains the {@link AuthorTag}s on every stored resource, on {@code STORAGE_PRESTORAGE_RESOURCE_CREATED}
 * and {@code _UPDATED} (JPA registry, so also for transaction entries and internal writes): drops every
 * author tag the client sent, puts back those of the stored previous version, and adds the acting
 * organization from the request's {@link RequestIdentity}. Writes without an identity (package
 * installation) keep only the stored tags. Cost: a scan of {@code meta.tag} per written resource.
 */
@Interceptor(order = InterceptorOrder.AUTHOR_TAG)
class AuthorTagInterceptor implements StorageInterceptor {

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void created(IBaseResource resource, RequestDetails request) {
        apply(resource, List.of(), RequestIdentity.of(request));
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void updated(IBaseResource oldResource, IBaseResource newResource, RequestDetails request) {
        apply(
                newResource,
                oldResource == null ? List.of() : AuthorTag.organizationsOf(oldResource),
                RequestIdentity.of(request));
    }

    static void apply(IBaseResource resource, List<String> storedAuthors, Optional<RequestIdentity> identity) {
        Set<String> authors = new LinkedHashSet<>(storedAuthors);
        identity.ifPresent(i -> authors.add(i.organization()));
        resource.getMeta().getTag().removeIf(tag -> AuthorTag.SYSTEM.equals(tag.getSystem()));
        for (String organization : authors) {
            resource.getMeta()
                    .addTag()
                    .setSystem(AuthorTag.SYSTEM)
                    .setCode(organization)
                    .setDisplay("authored by " + organization);
        }
    }
}
