package org.successplan.server.consent;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ProvisionComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;

/** Reads a FHIR SharingConsent (profile {@code ssp-sharing-consent}) into the policy's {@link SharingConsent}. */
final class SharingConsentReader {

    private SharingConsentReader() {}

    static SharingConsent read(Consent consent) {
        ProvisionComponent root = consent.getProvision();
        List<SharingConsent.Grant> grants = root.getProvision().stream()
                .filter(p -> p.getType() == ConsentProvisionType.PERMIT)
                .map(SharingConsentReader::grant)
                .toList();
        return new SharingConsent(
                consent.getIdElement().toUnqualifiedVersionless().getValue(),
                consent.getPatient().getReference(),
                consent.getStatus() == Consent.ConsentState.ACTIVE,
                start(root.getPeriod()),
                end(root.getPeriod()),
                grants);
    }

    /** The organizations and teams a consent's grants name. */
    static Set<String> recipients(Consent consent) {
        Set<String> recipients = new LinkedHashSet<>();
        for (ProvisionComponent permit : consent.getProvision().getProvision()) {
            permit.getActor().forEach(a -> recipients.add(a.getReference().getReference()));
        }
        return recipients;
    }

    private static SharingConsent.Grant grant(ProvisionComponent permit) {
        Set<String> actors = new LinkedHashSet<>();
        permit.getActor().forEach(a -> actors.add(a.getReference().getReference()));
        Set<String> purposes = codes(permit.getPurpose());
        Set<String> actions = new LinkedHashSet<>();
        permit.getAction().forEach(a -> actions.addAll(codes(a.getCoding())));
        Confidentiality ceiling = Confidentiality.N;
        Set<String> permittedLabels = new LinkedHashSet<>();
        for (Coding label : permit.getSecurityLabel()) {
            if (Confidentiality.SYSTEM.equals(label.getSystem())) {
                ceiling = Confidentiality.ofCode(label.getCode()).orElse(ceiling);
            } else if (label.getCode() != null) {
                permittedLabels.add(label.getCode());
            }
        }
        Set<String> deniedLabels = new LinkedHashSet<>();
        permit.getProvision().stream()
                .filter(p -> p.getType() == ConsentProvisionType.DENY)
                .forEach(deny -> deniedLabels.addAll(codes(deny.getSecurityLabel())));
        Set<String> domains = new LinkedHashSet<>();
        for (CodeableConcept code : permit.getCode()) {
            domains.addAll(codes(code.getCoding()));
        }
        return new SharingConsent.Grant(
                actors,
                purposes,
                actions,
                start(permit.getPeriod()),
                end(permit.getPeriod()),
                codes(permit.getClass_()),
                domains,
                ceiling,
                permittedLabels,
                deniedLabels);
    }

    private static Set<String> codes(List<Coding> codings) {
        Set<String> codes = new LinkedHashSet<>();
        codings.stream()
                .map(Coding::getCode)
                .filter(c -> c != null && !c.isBlank())
                .forEach(codes::add);
        return codes;
    }

    private static LocalDate start(Period period) {
        String day = day(period.getStartElement());
        return day == null
                ? null
                : switch (day.length()) {
                    case 4 -> LocalDate.parse(day + "-01-01");
                    case 7 -> LocalDate.parse(day + "-01");
                    default -> LocalDate.parse(day);
                };
    }

    /** A period's last day; a year or month ({@code 2026}, {@code 2026-06}) ends on its last day. */
    private static LocalDate end(Period period) {
        String day = day(period.getEndElement());
        return day == null
                ? null
                : switch (day.length()) {
                    case 4 -> LocalDate.parse(day + "-12-31");
                    case 7 -> java.time.YearMonth.parse(day).atEndOfMonth();
                    default -> LocalDate.parse(day);
                };
    }

    private static String day(DateTimeType value) {
        String text = value == null ? null : value.getValueAsString();
        return text == null || text.length() < 4 ? null : text.substring(0, Math.min(10, text.length()));
    }
}
