package org.successplan.server.ig;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.util.ResourceUtil;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;

/**
 * Before a resource is stored ({@code STORAGE_PRESTORAGE_RESOURCE_CREATED/UPDATED}), adds the default
 * profile of its type to {@code meta.profile} when the type has exactly one profile, is not one of the
 * types that must declare their profile ({@code ssp.ig.require-declared-profile}), and the resource
 * declares none of the catalog's profiles. The validation that follows then holds it to that
 * profile, and searches by {@code _profile} find it. Cost: a look-up in a small map per write.
 */
@Interceptor(order = InterceptorOrder.PROFILE_DECLARATION)
final class DefaultProfileInterceptor implements StorageInterceptor {

    private final ProfileCatalog catalog;
    private final Set<String> typesThatMustDeclare;

    DefaultProfileInterceptor(ProfileCatalog catalog, Set<String> typesThatMustDeclare) {
        this.catalog = catalog;
        this.typesThatMustDeclare = typesThatMustDeclare;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    void created(IBaseResource resource) {
        declareDefaultProfile(resource);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    void updated(IBaseResource previous, IBaseResource resource) {
        declareDefaultProfile(resource);
    }

    private void declareDefaultProfile(IBaseResource resource) {
        String type = resource.fhirType();
        if (typesThatMustDeclare.contains(type)) {
            return;
        }
        catalog.defaultProfileFor(type).ifPresent(profile -> {
            boolean declaresOne = resource.getMeta().getProfile().stream()
                    .map(IPrimitiveType::getValueAsString)
                    .anyMatch(catalog.profilesFor(type)::contains);
            if (!declaresOne) {
                resource.getMeta().addProfile(profile);
                // HAPI's validator validates the request body as received when it is kept on the
                // resource; drop it so the validator sees the declared profile.
                ResourceUtil.clearRawStringFromResource(resource);
            }
        });
    }
}
