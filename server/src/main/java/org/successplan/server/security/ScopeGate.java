package org.successplan.server.security;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;
import org.successplan.server.security.Interaction.Kind;
import org.successplan.server.security.ScopePolicy.Caller;

/**
 * Applies {@link ScopePolicy} to every FHIR request, with SMART's exact interaction semantics (read vs
 * search, create vs update), before HAPI's {@link ScopeAuthorizationInterceptor} checks the resources.
 *
 * <ul>
 *   <li>{@code SERVER_INCOMING_REQUEST_PRE_HANDLED}: the interaction; for a transaction or batch, every
 *       entry (one refused entry refuses the whole bundle, before anything is stored).
 *   <li>{@code STORAGE_PRESTORAGE_RESOURCE_CREATED / UPDATED / DELETED}: each resource about to be
 *       written, whatever route it came by (update-as-create needs {@code c}, conditional operations,
 *       transaction entries).
 * </ul>
 *
 * A refusal is {@code 403} ({@code 401} without a token) with an OperationOutcome naming the missing
 * scope. Cost: a few map look-ups per request and per stored resource; no database access.
 */
@Interceptor(order = InterceptorOrder.SCOPE_GATE)
class ScopeGate implements ServerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ScopeGate.class);

    private final ScopePolicy policy;

    ScopeGate(FhirContext fhirContext) {
        this.policy = new ScopePolicy((type, param) -> referenceTargets(fhirContext, type, param));
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void checkRequest(RequestDetails request) {
        Optional<RequestIdentity> identity = RequestIdentity.of(request);
        Caller caller = identity.map(Caller::of).orElse(Caller.anonymous());
        Interaction interaction = Interactions.of(request);
        if (interaction.kind() == Kind.TRANSACTION) {
            checkBundle(caller, request);
            return;
        }
        enforce(caller, interaction, request);
    }

    private void checkBundle(Caller caller, RequestDetails request) {
        if (!caller.authenticated()) {
            throw Denials.unauthenticated();
        }
        if (!(request.getResource() instanceof Bundle bundle)) {
            return; // HAPI rejects a transaction without a Bundle body
        }
        List<Interaction> entries = Interactions.ofEntries(bundle);
        for (int i = 0; i < entries.size(); i++) {
            Interaction entry = entries.get(i);
            if (entry.kind() == Kind.TRANSACTION) {
                throw Denials.refuse(
                        true,
                        ScopeDecision.insufficientScope("Bundle.entry[" + i + "]: nested bundles are not supported"));
            }
            ScopeDecision decision = policy.decide(caller, entry);
            if (!decision.allowed()) {
                log.info("Refused Bundle.entry[{}] {}: {}", i, entry, decision.reason());
                throw Denials.refuse(
                        true,
                        new ScopeDecision(false, decision.code(), "Bundle.entry[" + i + "]: " + decision.reason()));
            }
        }
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void checkCreate(IBaseResource resource, RequestDetails request) {
        checkWrite(request, resource, Kind.CREATE);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void checkUpdate(IBaseResource oldResource, IBaseResource newResource, RequestDetails request) {
        checkWrite(request, newResource, Kind.UPDATE);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    public void checkDelete(IBaseResource resource, RequestDetails request) {
        checkWrite(request, resource, Kind.DELETE);
    }

    private void checkWrite(RequestDetails request, IBaseResource resource, Kind kind) {
        if (request == null) {
            return; // the server's own writes (package installation, seeding)
        }
        Optional<RequestIdentity> identity = RequestIdentity.of(request);
        Caller caller = identity.map(Caller::of).orElse(Caller.anonymous());
        String type = request.getFhirContext().getResourceType(resource);
        enforce(caller, Interaction.of(kind, type), request);
    }

    private void enforce(Caller caller, Interaction interaction, RequestDetails request) {
        ScopeDecision decision = policy.decide(caller, interaction);
        if (!decision.allowed()) {
            log.info(
                    "Refused {} for client {}: {}",
                    interaction,
                    RequestIdentity.of(request).map(RequestIdentity::clientId).orElse("(no token)"),
                    decision.reason());
            throw Denials.refuse(caller.authenticated(), decision);
        }
    }

    private static Set<String> referenceTargets(FhirContext fhirContext, String type, String param) {
        try {
            RuntimeResourceDefinition definition = fhirContext.getResourceDefinition(type);
            String name = param.contains(":") ? param.substring(0, param.indexOf(':')) : param;
            RuntimeSearchParam searchParam = definition.getSearchParam(name);
            return searchParam == null ? Set.of() : Set.copyOf(searchParam.getTargets());
        } catch (RuntimeException unknownType) {
            return Set.of();
        }
    }
}
