package org.successplan.server.referral;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.HistorySearchDateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.ErrorResponses;
import org.successplan.server.fhir.FhirProvider;
import org.successplan.server.referral.ClosedLoopStatistics.Summary;
import org.successplan.server.referral.ClosedLoopStatistics.Version;
import org.successplan.server.referral.ReferralTransitions.Status;
import org.successplan.server.security.RequestIdentity;

/**
 * {@code GET [base]/Task/$closed-loop-report[?organization=Organization/1][&since=2025-09-01][&stalled-days=14]}:
 * the closed-loop figures of one organization, as requester (referrals it made) and as owner
 * (referrals it was asked to fulfil): tasks per status, open tasks with no change for {@code
 * stalled-days}, and the median days from sending to acceptance and to completion, from the versions
 * the server stored. A {@code Parameters} resource with counts only: no student and no resource id
 * appears in it.
 *
 * <p>A client gets its own organization's report (scope {@code system/Task.s}); asking for another
 * organization is {@code 403 SSP-REFERRAL-008} unless the client is an operator. Cost: two searches per
 * role plus one history read per task (at most {@code ssp.referral.report-max-tasks} per role).
 */
class ClosedLoopReportProvider implements FhirProvider {

    static final String OPERATION = "$closed-loop-report";
    static final String UCUM = "http://unitsofmeasure.org";

    private final DaoRegistry daoRegistry;
    private final ReferralProperties properties;
    private final Clock clock;

    ClosedLoopReportProvider(DaoRegistry daoRegistry, ReferralProperties properties, Clock clock) {
        this.daoRegistry = daoRegistry;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(name = OPERATION, typeName = "Task", idempotent = true)
    public Parameters report(
            @OperationParam(name = "organization", max = 1) StringType organization,
            @OperationParam(name = "since", max = 1) DateType since,
            @OperationParam(name = "stalled-days", max = 1) IntegerType stalledDays,
            RequestDetails request) {
        RequestIdentity identity = RequestIdentity.require(request);
        String subject = organization == null || organization.isEmpty()
                ? identity.organization()
                : ReferralReferences.local(new Reference(organization.getValue().strip()));
        if (subject == null || !subject.startsWith("Organization/")) {
            throw ErrorResponses.of(
                    ErrorCode.REFERRAL_REPORT_FORBIDDEN,
                    "The report is about an organization: organization=Organization/{id}");
        }
        if (!identity.admin() && !subject.equals(identity.organization())) {
            throw ErrorResponses.of(
                    ErrorCode.REFERRAL_REPORT_FORBIDDEN,
                    "A client may only see its own organization's closed-loop report (" + identity.organization()
                            + "); an operator may ask for any organization");
        }
        Duration stalledAfter = stalledDays == null || stalledDays.getValue() == null
                ? properties.stalledAfter()
                : Duration.ofDays(Math.max(0, stalledDays.getValue()));
        Instant now = clock.instant();

        Parameters report = new Parameters();
        report.addParameter().setName("organization").setValue(new Reference(subject));
        report.addParameter().setName("generated").setValue(new InstantType(java.util.Date.from(now)));
        if (since != null && since.getValue() != null) {
            report.addParameter().setName("since").setValue(since.copy());
        }
        report.addParameter()
                .setName("stalled-after")
                .setValue(days(BigDecimal.valueOf(stalledAfter.toHours() / 24.0)));
        addRole(report, "as-requester", "requester", subject, since, now, stalledAfter);
        addRole(report, "as-owner", "owner", subject, since, now, stalledAfter);
        return report;
    }

    private void addRole(
            Parameters report,
            String name,
            String searchParam,
            String organization,
            DateType since,
            Instant now,
            Duration stalledAfter) {
        Set<IIdType> ids = new LinkedHashSet<>();
        int max = properties.reportMaxTasks();
        boolean truncated = collect(ids, byOrganization(searchParam, organization, null, since), max)
                | collect(ids, byOrganization(searchParam, organization, "PractitionerRole", since), max);
        List<List<Version>> timelines = new ArrayList<>();
        IFhirResourceDao<Task> dao = daoRegistry.getResourceDao(Task.class);
        for (IIdType id : ids) {
            IBundleProvider history = dao.history(id, new HistorySearchDateRangeParam(), new SystemRequestDetails());
            List<Version> versions = new ArrayList<>();
            Integer size = history.size();
            for (IBaseResource version : history.getResources(0, size == null ? 1000 : size)) {
                if (version instanceof Task task
                        && task.hasStatus()
                        && task.getMeta().hasLastUpdated()) {
                    versions.add(new Version(
                            Status.of(task.getStatus().toCode()),
                            task.getMeta().getLastUpdated().toInstant()));
                }
            }
            timelines.add(versions);
        }
        Summary summary = ClosedLoopStatistics.summarize(timelines, now, stalledAfter);

        ParametersParameterComponent role = report.addParameter().setName(name);
        role.addPart().setName("total").setValue(new IntegerType(summary.total()));
        for (Map.Entry<Status, Integer> entry : summary.byStatus().entrySet()) {
            ParametersParameterComponent status = role.addPart().setName("status");
            status.addPart()
                    .setName("code")
                    .setValue(new CodeType(entry.getKey().code()));
            status.addPart().setName("count").setValue(new IntegerType(entry.getValue()));
        }
        role.addPart().setName("stalled").setValue(new IntegerType(summary.stalled()));
        role.addPart().setName("accepted-measured").setValue(new IntegerType(summary.acceptedMeasured()));
        if (summary.medianDaysToAcceptance() != null) {
            role.addPart().setName("median-days-to-acceptance").setValue(days(summary.medianDaysToAcceptance()));
        }
        role.addPart().setName("completed-measured").setValue(new IntegerType(summary.completedMeasured()));
        if (summary.medianDaysToCompletion() != null) {
            role.addPart().setName("median-days-to-completion").setValue(days(summary.medianDaysToCompletion()));
        }
        if (truncated) {
            role.addPart()
                    .setName("truncated")
                    .setValue(new StringType(
                            "Only the first " + max + " tasks were counted (ssp.referral.report-max-tasks)"));
        }
    }

    private static SearchParameterMap byOrganization(
            String param, String organization, String chainType, DateType since) {
        SearchParameterMap map = SearchParameterMap.newSynchronous();
        map.add(
                param,
                chainType == null
                        ? new ReferenceParam(organization)
                        : new ReferenceParam(chainType, "organization", organization));
        if (since != null && since.getValue() != null) {
            map.add("authored-on", new DateParam(ParamPrefixEnum.GREATERTHAN_OR_EQUALS, since.getValueAsString()));
        }
        return map;
    }

    /** Adds the matching ids; {@code true} when the cap was reached. */
    private boolean collect(Set<IIdType> ids, SearchParameterMap map, int max) {
        map.setLoadSynchronousUpTo(max + 1);
        List<IIdType> found =
                daoRegistry.getResourceDao(Task.class).searchForResourceIds(map, new SystemRequestDetails());
        for (IIdType id : found) {
            if (ids.size() >= max) {
                return true;
            }
            ids.add(id.toUnqualifiedVersionless());
        }
        return false;
    }

    private static Quantity days(BigDecimal value) {
        return new Quantity().setValue(value).setUnit("d").setSystem(UCUM).setCode("d");
    }
}
