package org.successplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The synthetic district: deterministic from a seed (and the day it is generated for, since consents
 * must be in force on that day). Every resource is a copy of the data standard's example story with
 * its varying parts changed, so it conforms to the profiles as the examples do.
 *
 * <p>Per student: the Student, a Guardian, a success team, 1-2 strengths, 3-6 needs across need domains,
 * 1-3 goals addressing them, the success plan and, for about 55% of students, 1-2 referrals
 * (SharingConsent + Referral + ReferralTask) to providers serving one of the student's need domains.
 * The student's school is {@code i / studentsPerSchool}, so a district grows without moving anyone.
 */
final class District {

    static final String NEED_DOMAIN = "http://successplan.org/fhir/CodeSystem/ssp-need-domain";
    static final String SUPPORT_TIER = "http://successplan.org/fhir/CodeSystem/ssp-support-tier";
    static final String STRENGTH = "http://successplan.org/fhir/CodeSystem/ssp-strength-interest";
    static final String GRADE = "http://successplan.org/fhir/CodeSystem/ssp-grade-level";
    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /** Need domains with their relative frequency among students' needs. */
    static final Map<String, Integer> DOMAIN_WEIGHTS = new java.util.LinkedHashMap<>();

    static {
        DOMAIN_WEIGHTS.put("academic", 20);
        DOMAIN_WEIGHTS.put("attendance", 12);
        DOMAIN_WEIGHTS.put("social-emotional", 12);
        DOMAIN_WEIGHTS.put("food", 8);
        DOMAIN_WEIGHTS.put("technology-access", 7);
        DOMAIN_WEIGHTS.put("family", 6);
        DOMAIN_WEIGHTS.put("enrichment", 6);
        DOMAIN_WEIGHTS.put("physical-health", 6);
        DOMAIN_WEIGHTS.put("housing", 5);
        DOMAIN_WEIGHTS.put("transportation", 5);
        DOMAIN_WEIGHTS.put("mental-health", 5);
        DOMAIN_WEIGHTS.put("behavioral", 3);
        DOMAIN_WEIGHTS.put("language-access", 3);
        DOMAIN_WEIGHTS.put("financial", 2);
        DOMAIN_WEIGHTS.put("child-care", 1);
    }

    /** Domains community agencies serve, and those clinics serve. */
    static final List<String> AGENCY_DOMAINS = List.of(
            "food",
            "housing",
            "technology-access",
            "transportation",
            "family",
            "enrichment",
            "financial",
            "child-care",
            "language-access",
            "social-emotional");

    static final List<String> CLINIC_DOMAINS = List.of("physical-health", "mental-health", "behavioral");

    /** Default labels of the need domains (confidentiality, sensitivity), as ssp-need-domain defines them. */
    static final Map<String, String> CONFIDENTIALITY_OF =
            Map.of("physical-health", "R", "mental-health", "R", "behavioral", "R", "safety", "R", "legal", "R");

    static final Map<String, String> SENSITIVITY_OF = Map.of("mental-health", "MH", "behavioral", "BH");

    private static final String[] GIVEN = {
        "Maya", "Liam", "Ava", "Noah", "Sofia", "Elijah", "Amara", "Mateo", "Zoe", "Jamal", "Priya", "Diego",
        "Hana", "Omar", "Lucia", "Kai", "Aaliyah", "Ethan", "Mei", "Isaiah", "Nia", "Leo", "Fatima", "Owen"
    };
    private static final String[] FAMILY = {
        "Johnson", "Garcia", "Nguyen", "Smith", "Williams", "Hernandez", "Brown", "Patel", "Davis", "Lopez",
        "Kim", "Jackson", "Martinez", "Ali", "Thompson", "Robinson", "Walker", "Rivera", "Clark", "Young"
    };
    private static final String[] STRENGTHS = {
        "academic-strength|Academic strength",
        "creative-arts|Creative and artistic",
        "athletic|Athletic",
        "leadership|Leadership",
        "social-skills|Social skills",
        "resilience|Resilience",
        "curiosity|Curiosity",
        "kindness|Kindness",
        "family-support|Family support",
        "multilingual|Multilingual"
    };
    private static final String[] TIERS = {
        "universal|Universal (Tier 1)", "targeted|Targeted (Tier 2)", "intensive|Intensive (Tier 3)"
    };
    private static final String[] GRADES = {
        "KG|Kindergarten", "01|First grade", "02|Second grade", "03|Third grade", "04|Fourth grade",
        "05|Fifth grade", "06|Sixth grade", "07|Seventh grade", "08|Eighth grade", "09|Ninth grade",
        "10|Tenth grade", "11|Eleventh grade", "12|Twelfth grade"
    };

    private final long seed;
    private final LocalDate today;
    private final Map<String, ObjectNode> templates;
    private final Map<String, String> displays;

    District(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
        this.templates = loadTemplates();
        this.displays = domainDisplays();
    }

    long seed() {
        return seed;
    }

    LocalDate today() {
        return today;
    }

    /** An entry of a generated transaction: the resource, its urn, and what it is for the state file. */
    record Entry(String fullUrl, ObjectNode resource, String role) {}

    /** A referral the generator chose for a student: provider index and need domain. */
    record Referral(int provider, String domain) {}

    /** Deterministic random numbers for student {@code i}, independent of load order and threads. */
    Random random(long stream, int i) {
        return new Random(seed * 1_000_003L + stream * 7_919L + i);
    }

    /** The school year in force today, "2026-2027". */
    String schoolYear() {
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    LocalDate yearStart() {
        return LocalDate.of(Integer.parseInt(schoolYear().substring(0, 4)), 8, 1);
    }

    LocalDate yearEnd() {
        return yearStart().plusYears(1).withMonth(6).withDayOfMonth(30);
    }

    /** The need domains provider {@code p} of {@code count} serves; clinics are the last ones. */
    static List<String> providerDomains(long seed, int p, boolean clinic) {
        Random r = new Random(seed * 31 + p);
        List<String> pool = new ArrayList<>(clinic ? CLINIC_DOMAINS : AGENCY_DOMAINS);
        java.util.Collections.shuffle(pool, r);
        List<String> served = new ArrayList<>(pool.subList(0, clinic ? 2 : 1 + r.nextInt(3)));
        // Every domain is served by someone: provider p also serves the domain at p modulo the list.
        List<String> all = clinic ? CLINIC_DOMAINS : AGENCY_DOMAINS;
        String covered = all.get(p % all.size());
        if (!served.contains(covered)) {
            served.add(covered);
        }
        return served;
    }

    /**
     * The transaction entries of student {@code i}, custodian {@code school} ("Organization/..."),
     * navigator (a PractitionerRole id) and the providers ("Organization/..." with their domains).
     */
    List<Entry> student(int i, String school, String navigator, List<DistrictState.Org> providers) {
        Random r = random(1, i);
        Urns urns = new Urns(i);
        List<Entry> entries = new ArrayList<>();
        String given = GIVEN[r.nextInt(GIVEN.length)];
        String family = FAMILY[r.nextInt(FAMILY.length)];
        String[] grade = GRADES[r.nextInt(GRADES.length)].split("\\|");
        int gradeNumber = grade[0].equals("KG") ? 0 : Integer.parseInt(grade[0]);

        String patientUrn = urns.next();
        ObjectNode patient = template("Patient/ssp-ex-maya-student");
        ObjectNode enrollment = (ObjectNode) patient.path("extension").get(0);
        for (JsonNode ext : enrollment.path("extension")) {
            ObjectNode e = (ObjectNode) ext;
            switch (e.path("url").asText()) {
                case "school" -> ref(e, "valueReference", school);
                case "gradeLevel" -> e.set("valueCodeableConcept", concept(GRADE, grade[0], grade[1]));
                case "schoolYear" -> e.put("valueString", schoolYear());
                case "period" ->
                    e.set(
                            "valuePeriod",
                            obj().put("start", yearStart().plusDays(10).toString()));
                default -> {}
            }
        }
        ArrayNode identifiers = (ArrayNode) patient.path("identifier");
        ((ObjectNode) identifiers.get(0)).put("value", String.format("%010d", (seed % 1000) * 10_000_000L + i));
        ((ObjectNode) identifiers.get(1)).put("value", "B" + seed + "-" + i);
        ((ObjectNode) patient.path("name").get(0)).put("family", family);
        ((ArrayNode) patient.path("name").get(0).path("given")).removeAll().add(given);
        patient.put("gender", r.nextBoolean() ? "female" : "male");
        patient.put(
                "birthDate",
                yearStart().minusYears(6 + gradeNumber).plusDays(r.nextInt(365)).toString());
        ((ObjectNode) patient.path("address").get(0)).putArray("line").add((10 + r.nextInt(900)) + " Willow Court");
        ref(patient, "managingOrganization", school);
        entries.add(new Entry(patientUrn, patient, "patient"));

        String guardianUrn = urns.next();
        ObjectNode guardian = template("RelatedPerson/ssp-ex-maya-guardian");
        ref(guardian, "patient", patientUrn);
        boolean mother = r.nextInt(3) > 0;
        ((ArrayNode) guardian.path("relationship"))
                .removeAll()
                .add(concept(
                        "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                        mother ? "MTH" : "FTH",
                        mother ? "mother" : "father"));
        ((ObjectNode) guardian.path("name").get(0)).put("family", family);
        ((ArrayNode) guardian.path("name").get(0).path("given")).removeAll().add(GIVEN[r.nextInt(GIVEN.length)]);
        ((ObjectNode) guardian.path("telecom").get(0)).put("value", String.format("+1-615-555-%04d", r.nextInt(10000)));
        entries.add(new Entry(guardianUrn, guardian, "guardian"));

        // Strengths first: a plan starts from them.
        List<String> strengthUrns = new ArrayList<>();
        int strengths = 1 + r.nextInt(2);
        for (int k = 0; k < strengths; k++) {
            String urn = urns.next();
            ObjectNode strength = template("Observation/ssp-ex-maya-strength-art");
            String[] code = STRENGTHS[r.nextInt(STRENGTHS.length)].split("\\|");
            strength.set("code", concept(STRENGTH, code[0], code[1]).put("text", code[1]));
            ref(strength, "subject", patientUrn);
            strength.put("effectiveDateTime", yearStart().plusDays(40 + k).toString());
            ArrayNode performers = strength.putArray("performer");
            performers.add(obj().put("reference", patientUrn));
            performers.add(obj().put("reference", navigator));
            strength.put("valueString", given + " - " + code[1].toLowerCase(java.util.Locale.ROOT));
            entries.add(new Entry(urn, strength, "strength"));
            strengthUrns.add(urn);
        }

        // Needs across distinct domains.
        List<String> domains = needDomains(r, 3 + r.nextInt(4));
        Map<String, String> needUrns = new java.util.LinkedHashMap<>();
        List<String> tiers = new ArrayList<>();
        for (String domain : domains) {
            String urn = urns.next();
            ObjectNode need = template("Condition/ssp-ex-maya-need-reading");
            need.remove("meta");
            need.set("meta", obj());
            ((ObjectNode) need.path("meta"))
                    .putArray("profile")
                    .add("http://successplan.org/fhir/StructureDefinition/ssp-student-need");
            need.putArray("category").add(concept(NEED_DOMAIN, domain, displays.get(domain)));
            String[] tier = TIERS[r.nextInt(TIERS.length)].split("\\|");
            tiers.add(tier[0]);
            need.set("severity", concept(SUPPORT_TIER, tier[0], tier[1]));
            need.set("code", obj().put("text", displays.get(domain) + " need identified at the fall review"));
            ref(need, "subject", patientUrn);
            need.put("onsetDateTime", yearStart().plusDays(30 + r.nextInt(20)).toString());
            need.put("recordedDate", yearStart().plusDays(50).toString());
            ref(need, "recorder", navigator);
            ref(need, "asserter", r.nextBoolean() ? navigator : guardianUrn);
            need.remove("note");
            entries.add(new Entry(urn, need, "need:" + domain));
            needUrns.put(domain, urn);
        }

        // Goals for the first 1-3 needs.
        List<String> goalUrns = new ArrayList<>();
        int goals = Math.min(domains.size(), 1 + r.nextInt(3));
        for (int k = 0; k < goals; k++) {
            String domain = domains.get(k);
            String urn = urns.next();
            ObjectNode goal = template("Goal/ssp-ex-maya-goal-reading");
            goal.putArray("category").add(concept(NEED_DOMAIN, domain, displays.get(domain)));
            goal.set(
                    "description",
                    obj().put(
                                    "text",
                                    given + " makes progress in "
                                            + displays.get(domain).toLowerCase(java.util.Locale.ROOT) + " this year."));
            ref(goal, "subject", patientUrn);
            goal.put("startDate", yearStart().plusDays(52).toString());
            goal.put("statusDate", yearStart().plusDays(52).toString());
            ObjectNode target = (ObjectNode) goal.path("target").get(0);
            target.put("dueDate", yearEnd().minusDays(30).toString());
            ref(goal, "expressedBy", r.nextBoolean() ? patientUrn : guardianUrn);
            goal.putArray("addresses").add(obj().put("reference", needUrns.get(domain)));
            entries.add(new Entry(urn, goal, "goal:" + domain));
            goalUrns.add(urn);
        }

        // Referrals: 45% none, 40% one, 15% two, each to a provider serving one of the needs.
        int wanted = r.nextInt(100) < 45 ? 0 : (r.nextInt(100) < 73 ? 1 : 2);
        List<Referral> referrals = new ArrayList<>();
        for (String domain : domains) {
            if (referrals.size() >= wanted) {
                break;
            }
            List<Integer> serving = new ArrayList<>();
            for (int p = 0; p < providers.size(); p++) {
                if (providers.get(p).domains.contains(domain)) {
                    serving.add(p);
                }
            }
            if (!serving.isEmpty()) {
                referrals.add(new Referral(serving.get(r.nextInt(serving.size())), domain));
            }
        }

        String teamUrn = urns.next();
        ObjectNode team = template("CareTeam/ssp-ex-maya-team");
        team.put("name", given + " " + family + " - success team " + schoolYear());
        ref(team, "subject", patientUrn);
        team.set("period", period(yearStart().plusDays(45), yearEnd()));
        ArrayNode participants = (ArrayNode) team.path("participant");
        ObjectNode agencyMember = (ObjectNode) participants.get(3).deepCopy();
        while (participants.size() > 3) {
            participants.remove(3);
        }
        ref((ObjectNode) participants.get(0), "member", navigator);
        ref((ObjectNode) participants.get(1), "member", guardianUrn);
        ref((ObjectNode) participants.get(2), "member", patientUrn);
        Set<Integer> teamProviders = new LinkedHashSet<>();
        referrals.forEach(ref -> teamProviders.add(ref.provider()));
        for (int p : teamProviders) {
            ObjectNode member = agencyMember.deepCopy();
            ref(member, "member", providers.get(p).organization);
            member.set("period", obj().put("start", yearStart().plusDays(60).toString()));
            participants.add(member);
        }
        team.putArray("managingOrganization").add(obj().put("reference", school));
        team.remove("note");
        entries.add(new Entry(teamUrn, team, "team"));

        List<String> referralUrns = new ArrayList<>();
        List<Entry> referralEntries = new ArrayList<>();
        for (Referral referral : referrals) {
            DistrictState.Org provider = providers.get(referral.provider());
            String consentUrn = urns.next();
            referralEntries.add(new Entry(
                    consentUrn,
                    consent(r, i, patientUrn, guardianUrn, school, provider, referral.domain()),
                    "consent:" + referral.provider() + ":" + referral.domain()));
            String requestUrn = urns.next();
            String goalUrn = goalUrns.isEmpty() ? null : goalUrns.get(0);
            for (int k = 0; k < goals; k++) {
                if (domains.get(k).equals(referral.domain())) {
                    goalUrn = goalUrns.get(k);
                }
            }
            referralEntries.add(new Entry(
                    requestUrn,
                    serviceRequest(
                            "REF-B" + seed + "-" + i + "-" + referral.provider(),
                            patientUrn,
                            navigator,
                            provider.organization,
                            referral.domain(),
                            needUrns.get(referral.domain()),
                            consentUrn,
                            goalUrn,
                            null),
                    "referral:" + referral.provider()));
            referralEntries.add(new Entry(
                    urns.next(),
                    task(
                            "REF-B" + seed + "-" + i + "-" + referral.provider() + "-T1",
                            requestUrn,
                            patientUrn,
                            navigator,
                            provider.organization),
                    "task:" + referral.provider()));
            referralUrns.add(requestUrn);
        }

        String planUrn = urns.next();
        ObjectNode plan = template("CarePlan/ssp-ex-maya-plan");
        ArrayNode categories = plan.putArray("category");
        categories.add(
                concept("http://successplan.org/fhir/CodeSystem/ssp-plan-category", "success-plan", "Success plan"));
        String planTier =
                tiers.contains("intensive") ? "intensive" : tiers.contains("targeted") ? "targeted" : "universal";
        for (String t : TIERS) {
            if (t.startsWith(planTier + "|")) {
                categories.add(concept(SUPPORT_TIER, planTier, t.substring(t.indexOf('|') + 1)));
            }
        }
        for (String domain : domains) {
            categories.add(concept(NEED_DOMAIN, domain, displays.get(domain)));
        }
        ((ObjectNode) plan.path("extension").get(0)).set("valueReference", obj().put("reference", strengthUrns.get(0)));
        ((ObjectNode) plan.path("identifier").get(0))
                .put("system", "http://riverbend-schools.example.org/success-plans")
                .put("value", "SP-B" + seed + "-" + i);
        plan.put("title", given + " " + family + " - success plan " + schoolYear());
        plan.put(
                "description",
                "Build on " + given + "'s strengths; " + domains.size() + " needs, " + goals + " goals.");
        ref(plan, "subject", patientUrn);
        plan.set("period", period(yearStart().plusDays(52), yearEnd()));
        plan.put("created", yearStart().plusDays(52).toString());
        ref(plan, "author", navigator);
        ArrayNode contributors = plan.putArray("contributor");
        contributors.add(obj().put("reference", navigator));
        contributors.add(obj().put("reference", guardianUrn));
        contributors.add(obj().put("reference", patientUrn));
        plan.putArray("careTeam").add(obj().put("reference", teamUrn));
        ArrayNode addresses = plan.putArray("addresses");
        needUrns.values().forEach(u -> addresses.add(obj().put("reference", u)));
        plan.remove("supportingInfo");
        ArrayNode goalRefs = plan.putArray("goal");
        goalUrns.forEach(u -> goalRefs.add(obj().put("reference", u)));
        ArrayNode activities = plan.putArray("activity");
        referralUrns.forEach(u -> activities.add(obj().set("reference", obj().put("reference", u))));
        ObjectNode inSchool = (ObjectNode)
                template("CarePlan/ssp-ex-maya-plan").path("activity").get(2).deepCopy();
        ObjectNode detail = (ObjectNode) inSchool.path("detail");
        detail.putArray("performer").add(obj().put("reference", school));
        detail.putArray("goal").add(obj().put("reference", goalUrns.get(0)));
        activities.add(inSchool);
        plan.remove("note");
        entries.add(new Entry(planUrn, plan, "plan"));
        // Referrals are basedOn the plan; they follow it in the transaction.
        for (Entry entry : referralEntries) {
            if (entry.role().startsWith("referral:")) {
                ArrayNode basedOn = entry.resource().putArray("basedOn");
                basedOn.add(obj().put("reference", planUrn));
            }
        }
        entries.addAll(referralEntries);
        return entries;
    }

    /** The transaction that stores {@code entries} (POST each, urn:uuid references). */
    static ObjectNode transaction(List<Entry> entries) {
        ObjectNode bundle = obj().put("resourceType", "Bundle").put("type", "transaction");
        ArrayNode array = bundle.putArray("entry");
        for (Entry entry : entries) {
            ObjectNode e = array.addObject();
            e.put("fullUrl", entry.fullUrl());
            e.set("resource", entry.resource());
            e.putObject("request")
                    .put("method", "POST")
                    .put("url", entry.resource().path("resourceType").asText());
        }
        return bundle;
    }

    /** A SharingConsent, recorded by the custodian, letting {@code provider} see the student's {@code domain} records. */
    ObjectNode consent(
            Random r,
            int i,
            String patient,
            String guardian,
            String school,
            DistrictState.Org provider,
            String domain) {
        ObjectNode consent = template(
                provider.isClinic() ? "Consent/ssp-ex-maya-consent-clinic" : "Consent/ssp-ex-maya-consent-foodbank");
        ObjectNode permit =
                (ObjectNode) consent.path("provision").path("provision").get(0);
        ((ObjectNode) permit.path("actor").get(0)).set("reference", obj().put("reference", provider.organization));
        permit.set("period", period(today.minusMonths(2), today.plusMonths(10)));
        permit.putArray("code").add(concept(NEED_DOMAIN, domain, displays.get(domain)));
        ArrayNode labels = permit.putArray("securityLabel");
        String confidentiality = CONFIDENTIALITY_OF.getOrDefault(domain, "N");
        labels.add(coding(CONFIDENTIALITY, confidentiality, confidentiality.equals("R") ? "restricted" : "normal"));
        String sensitivity = SENSITIVITY_OF.get(domain);
        if (sensitivity != null) {
            labels.add(coding(
                    ACT_CODE,
                    sensitivity,
                    sensitivity.equals("MH")
                            ? "mental health information sensitivity"
                            : "behavioral health information sensitivity"));
        }
        if (permit.has("provision")) {
            ArrayNode denied = (ArrayNode) permit.path("provision").get(0).path("securityLabel");
            for (int k = denied.size() - 1; k >= 0; k--) {
                if (denied.get(k).path("code").asText().equals(sensitivity)) {
                    denied.remove(k);
                }
            }
        }
        ((ObjectNode) consent.path("identifier").get(0)).put("value", "C-B" + seed + "-" + i + "-" + domain);
        ref(consent, "patient", patient);
        String signed = today.minusMonths(2).toString();
        consent.put("dateTime", signed);
        consent.putArray("performer").add(obj().put("reference", guardian));
        consent.putArray("organization").add(obj().put("reference", school));
        ((ObjectNode) consent.path("verification").get(0)).set("verifiedWith", obj().put("reference", guardian));
        ObjectNode source = (ObjectNode) consent.path("sourceAttachment");
        source.put("title", "Signed release of information - " + provider.name);
        source.put("creation", signed);
        return consent;
    }

    /** A Referral (ServiceRequest) to {@code performer} for {@code domain}, carrying its consent. */
    ObjectNode serviceRequest(
            String identifier,
            String patient,
            String requester,
            String performer,
            String domain,
            String need,
            String consent,
            String goal,
            String plan) {
        ObjectNode request = template("ServiceRequest/ssp-ex-maya-referral-clinic");
        if (goal != null) {
            ((ObjectNode) request.path("extension").get(0)).set("valueReference", obj().put("reference", goal));
        } else {
            request.remove("extension");
        }
        ((ObjectNode) request.path("identifier").get(0))
                .put("system", "http://riverbend-schools.example.org/referrals")
                .put("value", identifier);
        if (plan != null) {
            request.putArray("basedOn").add(obj().put("reference", plan));
        } else {
            request.remove("basedOn");
        }
        request.put("status", "active");
        request.putArray("category").add(concept(NEED_DOMAIN, domain, displays.get(domain)));
        request.set(
                "code", obj().put("text", "Support for " + displays.get(domain).toLowerCase(java.util.Locale.ROOT)));
        ref(request, "subject", patient);
        request.put("authoredOn", today.toString());
        ref(request, "requester", requester);
        request.putArray("performer").add(obj().put("reference", performer));
        ArrayNode reasons = request.putArray("reasonReference");
        if (need != null) {
            reasons.add(obj().put("reference", need));
        } else {
            request.remove("reasonReference");
        }
        request.putArray("supportingInfo").add(obj().put("reference", consent));
        request.put("patientInstruction", "The provider will call the family to schedule.");
        return request;
    }

    /** A ReferralTask (status requested) asking {@code owner} to fulfil {@code request}. */
    ObjectNode task(String identifier, String request, String patient, String requester, String owner) {
        ObjectNode task = template("Task/ssp-ex-maya-task-clinic");
        ((ObjectNode) task.path("identifier").get(0))
                .put("system", "http://riverbend-schools.example.org/referral-tasks")
                .put("value", identifier);
        task.put("status", "requested");
        task.remove("businessStatus");
        ref(task, "focus", request);
        ref(task, "for", patient);
        task.put("authoredOn", today.toString());
        task.put("lastModified", today.toString());
        ref(task, "requester", requester);
        ref(task, "owner", owner);
        return task;
    }

    /** A Practitioner and the school's Navigator role for them. */
    List<Entry> navigator(int school, int n, String schoolOrg) {
        Random r = random(2, school * 10_000 + n);
        String personUrn = "urn:uuid:" + new UUID(seed ^ 0x5EEDL, ((long) school << 32) | (2L * n)).toString();
        ObjectNode person = template("Practitioner/ssp-ex-maya-navigator-person");
        person.putArray("name")
                .addObject()
                .put("family", FAMILY[r.nextInt(FAMILY.length)])
                .putArray("given")
                .add(GIVEN[r.nextInt(GIVEN.length)]);
        String roleUrn = "urn:uuid:" + new UUID(seed ^ 0x5EEDL, ((long) school << 32) | (2L * n + 1)).toString();
        ObjectNode role = template("PractitionerRole/ssp-ex-maya-navigator");
        role.set("period", period(yearStart(), yearEnd()));
        ref(role, "practitioner", personUrn);
        ref(role, "organization", schoolOrg);
        return List.of(new Entry(personUrn, person, "practitioner"), new Entry(roleUrn, role, "navigator"));
    }

    private List<String> needDomains(Random r, int count) {
        List<String> chosen = new ArrayList<>();
        int total = DOMAIN_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        while (chosen.size() < count) {
            int pick = r.nextInt(total);
            for (Map.Entry<String, Integer> e : DOMAIN_WEIGHTS.entrySet()) {
                pick -= e.getValue();
                if (pick < 0) {
                    if (!chosen.contains(e.getKey())) {
                        chosen.add(e.getKey());
                    }
                    break;
                }
            }
        }
        return chosen;
    }

    ObjectNode template(String id) {
        ObjectNode t = templates.get(id);
        if (t == null) {
            throw new IllegalStateException("No " + id + " in the example story");
        }
        return t.deepCopy();
    }

    String display(String domain) {
        return displays.get(domain);
    }

    static ObjectNode obj() {
        return Http.JSON.createObjectNode();
    }

    static void ref(ObjectNode node, String field, String reference) {
        node.set(field, obj().put("reference", reference));
    }

    static ObjectNode coding(String system, String code, String display) {
        return obj().put("system", system).put("code", code).put("display", display);
    }

    static ObjectNode concept(String system, String code, String display) {
        ObjectNode concept = obj();
        concept.putArray("coding").add(coding(system, code, display));
        return concept;
    }

    static ObjectNode period(LocalDate start, LocalDate end) {
        return obj().put("start", start.toString()).put("end", end.toString());
    }

    /** Deterministic urn:uuids for one student's resources. */
    private final class Urns {
        private final int student;
        private long next;

        Urns(int student) {
            this.student = student;
        }

        String next() {
            return "urn:uuid:" + new UUID(seed, ((long) student << 16) | next++).toString();
        }
    }

    private static Map<String, ObjectNode> loadTemplates() {
        try (InputStream in = District.class.getResourceAsStream("/templates/Bundle-ssp-ex-maya-bundle.json")) {
            if (in == null) {
                throw new IllegalStateException("The example story is missing from the jar (templates/)");
            }
            JsonNode bundle = Http.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, ObjectNode> byId = new HashMap<>();
            for (JsonNode entry : bundle.path("entry")) {
                ObjectNode resource = (ObjectNode) entry.path("resource").deepCopy();
                String id = resource.path("resourceType").asText() + "/"
                        + resource.path("id").asText();
                resource.remove("id");
                resource.remove("text");
                byId.put(id, resource);
            }
            return byId;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> domainDisplays() {
        Map<String, String> d = new HashMap<>();
        d.put("academic", "Academic");
        d.put("attendance", "Attendance");
        d.put("social-emotional", "Social-emotional");
        d.put("behavioral", "Behavioral");
        d.put("physical-health", "Physical health");
        d.put("mental-health", "Mental health");
        d.put("family", "Family");
        d.put("food", "Food");
        d.put("housing", "Housing");
        d.put("technology-access", "Technology access");
        d.put("transportation", "Transportation");
        d.put("enrichment", "Enrichment");
        d.put("financial", "Financial");
        d.put("child-care", "Child care");
        d.put("language-access", "Language access");
        return d;
    }
}
