package org.successplan.server.consent;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.util.ResourceUtil;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseCoding;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;

/**
 * Labels a record from its need domains before it is stored ({@code STORAGE_PRESTORAGE_RESOURCE_CREATED},
 * {@code _UPDATED}): the highest confidentiality of its domains (e.g. {@code R} for mental health) unless
 * it already carries a higher one, and each domain's sensitivity label (e.g. {@code MH}) unless present.
 * Authors may raise labels, never lower them below the domain's default. Cost: a look-up per category
 * coding.
 */
@Interceptor(order = InterceptorOrder.SECURITY_LABELS)
final class DefaultSecurityLabels implements StorageInterceptor {

    private final FhirContext fhirContext;
    private final StudentRecords records;
    private final Terminology terminology;

    DefaultSecurityLabels(FhirContext fhirContext, StudentRecords records, Terminology terminology) {
        this.fhirContext = fhirContext;
        this.records = records;
        this.terminology = terminology;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    void created(IBaseResource resource) {
        label(resource);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    void updated(IBaseResource previous, IBaseResource resource) {
        label(resource);
    }

    private void label(IBaseResource resource) {
        Set<String> domains = records.needDomainsOf(resource, fhirContext.getResourceType(resource));
        if (domains.isEmpty()) {
            return;
        }
        Confidentiality current = currentConfidentiality(resource);
        Confidentiality wanted = current;
        boolean changed = false;
        for (String domain : domains) {
            Terminology.DomainLabels labels = terminology.labelsOf(domain);
            if (labels.confidentiality().compareTo(wanted) > 0) {
                wanted = labels.confidentiality();
            }
            for (Terminology.Label label : labels.sensitivity()) {
                if (!has(resource, label.system(), label.code())) {
                    resource.getMeta().addSecurity().setSystem(label.system()).setCode(label.code());
                    changed = true;
                }
            }
        }
        if (wanted != current) {
            resource.getMeta().getSecurity().removeIf(l -> Confidentiality.SYSTEM.equals(l.getSystem()));
            resource.getMeta().addSecurity().setSystem(Confidentiality.SYSTEM).setCode(wanted.name());
            changed = true;
        }
        if (changed) {
            ResourceUtil.clearRawStringFromResource(resource);
        }
    }

    private static Confidentiality currentConfidentiality(IBaseResource resource) {
        Confidentiality highest = null;
        for (IBaseCoding label : resource.getMeta().getSecurity()) {
            if (Confidentiality.SYSTEM.equals(label.getSystem())) {
                Confidentiality level = Confidentiality.ofCode(label.getCode()).orElse(Confidentiality.N);
                highest = highest == null || level.compareTo(highest) > 0 ? level : highest;
            }
        }
        return highest == null ? Confidentiality.N : highest;
    }

    private static boolean has(IBaseResource resource, String system, String code) {
        return resource.getMeta().getSecurity().stream()
                .anyMatch(l -> code.equals(l.getCode()) && (system == null || system.equals(l.getSystem())));
    }
}
