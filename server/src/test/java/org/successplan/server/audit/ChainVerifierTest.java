package org.successplan.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.audit.Records.AGENCY;
import static org.successplan.server.audit.Records.MAYA;
import static org.successplan.server.audit.Records.SCHOOL;
import static org.successplan.server.audit.Records.by;
import static org.successplan.server.audit.Records.need;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;

/** The chain check, record by record: each kind of tampering is named at its position. */
class ChainVerifierTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    /** A correctly chained run of five records after {@code anchor}. */
    static List<ChainVerifier.Stored> chain(long anchor, String anchorHash) {
        List<ChainVerifier.Stored> chain = new ArrayList<>();
        String previous = anchorHash;
        for (long seq = anchor + 1; seq <= anchor + 5; seq++) {
            AuditEvent event = new AuditEventFactory("n")
                    .build(by(AGENCY).returned(need("Condition/c" + seq, MAYA)).build(), Map.of(MAYA, SCHOOL));
            String json = FHIR.newJsonParser().encodeResourceToString(event);
            String hash = HashChain.hash(seq, previous, json);
            chain.add(new ChainVerifier.Stored(
                    seq,
                    event.getIdPart(),
                    json,
                    previous,
                    hash,
                    AuditIndex.columnsOf(event),
                    AuditIndex.studentsOf(event)));
            previous = hash;
        }
        return chain;
    }

    static ChainVerifier.Result verify(List<ChainVerifier.Stored> chain, long anchor, String anchorHash) {
        ChainVerifier verifier = new ChainVerifier(
                anchor, anchorHash, json -> FHIR.newJsonParser().parseResource(AuditEvent.class, json));
        for (ChainVerifier.Stored stored : chain) {
            if (verifier.check(stored).isPresent()) {
                break;
            }
        }
        ChainVerifier.Stored head = chain.get(chain.size() - 1);
        return verifier.finish(head.seq(), head.hash());
    }

    static List<ChainVerifier.Stored> with(
            List<ChainVerifier.Stored> chain, int index, UnaryOperator<ChainVerifier.Stored> change) {
        List<ChainVerifier.Stored> changed = new ArrayList<>(chain);
        changed.set(index, change.apply(chain.get(index)));
        return changed;
    }

    @Test
    void untouchedChain_isIntact() {
        ChainVerifier.Result result = verify(chain(0, HashChain.GENESIS), 0, HashChain.GENESIS);

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
        assertThat(result.headSeq()).isEqualTo(5);
    }

    @Test
    void chainAfterAnAnchor_isIntact() {
        String anchorHash = HashChain.hash(40, HashChain.GENESIS, "{}");

        assertThat(verify(chain(40, anchorHash), 40, anchorHash).intact()).isTrue();
    }

    @Test
    void changedContent_isTheBrokenLink() {
        List<ChainVerifier.Stored> chain = chain(0, HashChain.GENESIS);
        List<ChainVerifier.Stored> tampered = with(
                chain,
                2,
                s -> new ChainVerifier.Stored(
                        s.seq(),
                        s.eventId(),
                        s.eventJson().replace(AGENCY, SCHOOL),
                        s.previousHash(),
                        s.hash(),
                        s.columns(),
                        s.students()));

        ChainVerifier.Result result = verify(tampered, 0, HashChain.GENESIS);

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenLink().seq()).isEqualTo(3);
        assertThat(result.brokenLink().eventId()).isEqualTo(chain.get(2).eventId());
        assertThat(result.brokenLink().problem()).contains("was changed after it was written");
    }

    @Test
    void rehashedContent_breaksTheNextLink() {
        List<ChainVerifier.Stored> chain = chain(0, HashChain.GENESIS);
        List<ChainVerifier.Stored> tampered = with(chain, 1, s -> {
            String json = s.eventJson().replace(AGENCY, SCHOOL);
            return new ChainVerifier.Stored(
                    s.seq(),
                    s.eventId(),
                    json,
                    s.previousHash(),
                    HashChain.hash(s.seq(), s.previousHash(), json),
                    s.columns(),
                    s.students());
        });

        ChainVerifier.Result result = verify(tampered, 0, HashChain.GENESIS);

        // The rewritten record hashes correctly, but its index no longer matches; had the index been
        // rewritten too, record 3 would no longer continue the chain.
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenLink().seq()).isEqualTo(2);
    }

    @Test
    void rewrittenRecordAndIndex_breakTheFollowingLink() {
        List<ChainVerifier.Stored> chain = chain(0, HashChain.GENESIS);
        List<ChainVerifier.Stored> tampered = with(chain, 1, s -> {
            String json = s.eventJson().replace("\"10.0.0.7\"", "\"10.9.9.9\"");
            return new ChainVerifier.Stored(
                    s.seq(),
                    s.eventId(),
                    json,
                    s.previousHash(),
                    HashChain.hash(s.seq(), s.previousHash(), json),
                    s.columns(),
                    s.students());
        });

        ChainVerifier.Result result = verify(tampered, 0, HashChain.GENESIS);

        assertThat(result.brokenLink().seq()).isEqualTo(3);
        assertThat(result.brokenLink().problem()).contains("does not continue the chain");
    }

    @Test
    void missingRecord_isNamed() {
        List<ChainVerifier.Stored> chain = new ArrayList<>(chain(0, HashChain.GENESIS));
        chain.remove(1);

        ChainVerifier.Result result = verify(chain, 0, HashChain.GENESIS);

        assertThat(result.brokenLink().seq()).isEqualTo(2);
        assertThat(result.brokenLink().problem()).contains("record 2 is missing");
    }

    @Test
    void changedIndex_isNamed() {
        List<ChainVerifier.Stored> chain = chain(0, HashChain.GENESIS);
        List<ChainVerifier.Stored> tampered = with(
                chain,
                3,
                s -> new ChainVerifier.Stored(
                        s.seq(),
                        s.eventId(),
                        s.eventJson(),
                        s.previousHash(),
                        s.hash(),
                        s.columns(),
                        List.of(new AuditIndex.StudentRow(MAYA, SCHOOL, false))));

        ChainVerifier.Result result = verify(tampered, 0, HashChain.GENESIS);

        assertThat(result.brokenLink().seq()).isEqualTo(4);
        assertThat(result.brokenLink().problem()).contains("student index");
    }

    @Test
    void headThatDoesNotMatchTheLastRecord_isNoticed() {
        List<ChainVerifier.Stored> chain = chain(0, HashChain.GENESIS);
        ChainVerifier verifier = new ChainVerifier(
                0, HashChain.GENESIS, json -> FHIR.newJsonParser().parseResource(AuditEvent.class, json));
        chain.forEach(verifier::check);

        ChainVerifier.Result result = verifier.finish(7, "f".repeat(64));

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenLink().problem()).contains("records 6 to 7 are missing");
    }
}
