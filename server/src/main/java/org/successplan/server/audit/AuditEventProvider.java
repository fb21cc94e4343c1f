package org.successplan.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.FhirProvider;
import org.successplan.server.fhir.FhirServerProperties;
import org.successplan.server.security.RequestIdentity;

/**
 * The AuditEvent endpoint, served from the audit tables instead of HAPI's JPA storage: read (and vread
 * of version 1), search, and {@code $verify-chain}. Nothing else: the log is written only by the server.
 * Every answer follows {@link AuditAccess}: auditors see every record; a custodian sees the records about
 * its students (masked where they concern other custodians' students too); a hidden record reads as
 * {@code 404}, and searches simply do not find it.
 *
 * <p>Search parameters: {@code patient} (a student), {@code date} (recorded), {@code agent} (the
 * requesting organization), {@code outcome} ({@code 0}, {@code 4}, {@code 8}), {@code subtype} (the
 * interaction, e.g. {@code read}), {@code purpose} (purpose of use code), {@code request-id} (the
 * {@code X-Request-ID} of the audited request), {@code _sort} ({@code -date}, the default, or
 * {@code date}), {@code _count}, {@code _offset}; pages link with {@code _offset}.
 */
final class AuditEventProvider implements IResourceProvider, FhirProvider {

    private final AuditStore store;
    private final FhirContext fhirContext;
    private final FhirServerProperties fhirProperties;

    AuditEventProvider(AuditStore store, FhirContext fhirContext, FhirServerProperties fhirProperties) {
        this.store = store;
        this.fhirContext = fhirContext;
        this.fhirProperties = fhirProperties;
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
        return AuditEvent.class;
    }

    @Read(version = true)
    public AuditEvent read(@IdParam IdType id, RequestDetails request) {
        if (id.hasVersionIdPart() && !"1".equals(id.getVersionIdPart())) {
            throw notFound(id);
        }
        RequestIdentity identity = RequestIdentity.of(request).orElse(null);
        return store.findJson(id.getIdPart())
                .map(this::parse)
                .flatMap(event -> visibleTo(identity, event))
                .orElseThrow(() -> notFound(id));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(
            @OptionalParam(name = "patient") ReferenceParam patient,
            @OptionalParam(name = "date") DateRangeParam date,
            @OptionalParam(name = "agent") ReferenceParam agent,
            @OptionalParam(name = "outcome") TokenParam outcome,
            @OptionalParam(name = "subtype") TokenParam subtype,
            @OptionalParam(name = "purpose") TokenParam purpose,
            @OptionalParam(name = "request-id") StringParam requestId,
            @Sort SortSpec sort,
            @Offset Integer offset,
            @Count Integer count,
            RequestDetails request) {
        RequestIdentity identity = RequestIdentity.of(request).orElse(null);
        boolean auditor = AuditAccess.isAuditor(identity);
        AuditStore.Query query = new AuditStore.Query(
                reference(patient, "Patient"),
                auditor || identity == null ? null : identity.organization(),
                reference(agent, "Organization"),
                date == null
                        ? null
                        : date.getLowerBoundAsInstant() == null
                                ? null
                                : date.getLowerBoundAsInstant().toInstant(),
                date == null
                        ? null
                        : date.getUpperBoundAsInstant() == null
                                ? null
                                : date.getUpperBoundAsInstant().toInstant(),
                outcome == null ? null : outcomeCode(outcome.getValue()),
                subtype == null ? null : subtype.getValue(),
                purpose == null ? null : purpose.getValue(),
                requestId == null ? null : requestId.getValue(),
                oldestFirst(sort));
        if (identity == null) {
            return new Page(List.of(), 0, 1, false);
        }
        int pageSize = Math.min(
                count == null ? fhirProperties.defaultPageSize() : Math.max(count, 1), fhirProperties.maxPageSize());
        int from = offset == null ? 0 : Math.max(offset, 0);
        List<String> rows = store.search(query, from, pageSize + 1);
        List<IBaseResource> page = new ArrayList<>();
        for (String json : rows.subList(0, Math.min(rows.size(), pageSize))) {
            visibleTo(identity, parse(json)).ifPresent(page::add);
        }
        return new Page(page, from, pageSize, rows.size() > pageSize);
    }

    @Operation(name = "$verify-chain", idempotent = true)
    public Parameters verifyChain(RequestDetails request) {
        RequestIdentity identity = RequestIdentity.of(request).orElse(null);
        if (!AuditAccess.isAuditor(identity)) {
            String message = "Verifying the audit log is for auditors: an operator client or a client granted"
                    + " system/AuditEvent.rs";
            throw new ForbiddenOperationException(
                    message, OperationOutcomes.error(ErrorCode.AUDIT_ACCESS_DENIED, message));
        }
        ChainVerifier.Result result = store.verify(this::parse);
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("intact").setValue(new BooleanType(result.intact()));
        parameters.addParameter().setName("checked").setValue(new DecimalType(result.checked()));
        parameters.addParameter().setName("anchorSeq").setValue(new DecimalType(result.anchorSeq()));
        parameters.addParameter().setName("headSeq").setValue(new DecimalType(result.headSeq()));
        parameters.addParameter().setName("headHash").setValue(new StringType(result.headHash()));
        if (result.brokenLink() != null) {
            ChainVerifier.BrokenLink broken = result.brokenLink();
            Parameters.ParametersParameterComponent link =
                    parameters.addParameter().setName("brokenLink");
            link.addPart().setName("seq").setValue(new DecimalType(broken.seq()));
            if (broken.eventId() != null) {
                link.addPart().setName("auditEvent").setValue(new Reference("AuditEvent/" + broken.eventId()));
            }
            link.addPart().setName("problem").setValue(new StringType(broken.problem()));
        }
        parameters
                .addParameter()
                .setName("message")
                .setValue(new StringType(
                        result.intact()
                                ? "The audit chain is intact: " + result.checked() + " records checked after record "
                                        + result.anchorSeq() + " up to the head " + result.headSeq()
                                : "The audit chain is broken: "
                                        + result.brokenLink().problem()));
        return parameters;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Optional<AuditEvent> visibleTo(RequestIdentity identity, AuditEvent event) {
        return switch (AuditAccess.visibility(identity, event)) {
            case FULL -> Optional.of(event);
            case MASKED -> Optional.of(AuditAccess.maskFor(event, identity.organization()));
            case HIDDEN -> Optional.empty();
        };
    }

    AuditEvent parse(String json) {
        return fhirContext.newJsonParser().parseResource(AuditEvent.class, json);
    }

    private static ResourceNotFoundException notFound(IdType id) {
        return new ResourceNotFoundException(new IdType("AuditEvent", id.getIdPart()));
    }

    private static String reference(ReferenceParam param, String defaultType) {
        if (param == null || param.getIdPart() == null) {
            return null;
        }
        String type = param.getResourceType() == null ? defaultType : param.getResourceType();
        return type + "/" + param.getIdPart();
    }

    private static Integer outcomeCode(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("outcome must be one of 0, 4, 8, 12 (AuditEvent.outcome), not " + value);
        }
    }

    private static boolean oldestFirst(SortSpec sort) {
        if (sort == null) {
            return false;
        }
        if (!"date".equals(sort.getParamName()) || sort.getChain() != null) {
            throw new InvalidRequestException("AuditEvent searches sort only by date (_sort=date or _sort=-date)");
        }
        return sort.getOrder() != SortOrderEnum.DESC;
    }

    /** One page of records; pages link by {@code _offset}, the total is not counted. */
    private static final class Page extends SimpleBundleProvider {
        private final boolean more;
        private final int offset;

        Page(List<IBaseResource> resources, int offset, int pageSize, boolean more) {
            super(resources);
            this.more = more;
            this.offset = offset;
            setCurrentPageOffset(offset);
            setCurrentPageSize(pageSize);
            setSize(null);
        }

        @Override
        public String getNextPageId() {
            return more ? "next" : null;
        }

        @Override
        public String getPreviousPageId() {
            return offset > 0 ? "previous" : null;
        }
    }
}
