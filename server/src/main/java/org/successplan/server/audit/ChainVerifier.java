package org.successplan.server.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.AuditEvent;

/**
 * Checks stored audit records one by one, in chain order, and names the first broken link: a missing
 * record, a record that does not continue the chain, a record whose content no longer matches its hash,
 * or index rows that no longer match the content. Pure; {@link AuditStore#verify} feeds it.
 */
final class ChainVerifier {

    /** A stored record with its index, as read from the database. */
    record Stored(
            long seq,
            String eventId,
            String eventJson,
            String previousHash,
            String hash,
            AuditIndex.Columns columns,
            List<AuditIndex.StudentRow> students) {}

    /**
     * The first problem found.
     *
     * @param seq the position in the chain where the chain breaks
     * @param eventId the AuditEvent stored there, if any
     * @param problem what is wrong
     */
    record BrokenLink(long seq, String eventId, String problem) {}

    /**
     * @param intact whether every record from the anchor to the head checked out
     * @param checked how many records were checked
     * @param anchorSeq the chain starts after this record (0, or the last one removed by retention)
     * @param headSeq the last record according to the chain head
     * @param headHash the hash of the last record according to the chain head; keep a copy outside the
     *     database to detect a rewrite of the whole chain
     * @param brokenLink the first broken link, when not intact
     */
    record Result(boolean intact, long checked, long anchorSeq, long headSeq, String headHash, BrokenLink brokenLink) {}

    private final long anchorSeq;
    private final Function<String, AuditEvent> parser;
    private long previousSeq;
    private String previousHash;
    private long checked;
    private BrokenLink broken;

    ChainVerifier(long anchorSeq, String anchorHash, Function<String, AuditEvent> parser) {
        this.anchorSeq = anchorSeq;
        this.previousSeq = anchorSeq;
        this.previousHash = anchorHash;
        this.parser = parser;
    }

    /** Checks the next record; returns the problem if the chain breaks here (then stop). */
    Optional<BrokenLink> check(Stored record) {
        if (broken != null) {
            return Optional.of(broken);
        }
        if (record.seq() != previousSeq + 1) {
            return fail(
                    previousSeq + 1,
                    null,
                    "record " + (previousSeq + 1) + " is missing (the next stored is " + record.seq() + ")");
        }
        if (!Objects.equals(record.previousHash(), previousHash)) {
            return fail(
                    record.seq(),
                    record.eventId(),
                    "record " + record.seq()
                            + " does not continue the chain: its previous hash is not the hash of record "
                            + previousSeq);
        }
        if (!HashChain.hash(record.seq(), record.previousHash(), record.eventJson())
                .equals(record.hash())) {
            return fail(
                    record.seq(),
                    record.eventId(),
                    "record " + record.seq()
                            + " was changed after it was written: its content does not match its hash");
        }
        AuditEvent event;
        try {
            event = parser.apply(record.eventJson());
        } catch (RuntimeException e) {
            return fail(record.seq(), record.eventId(), "record " + record.seq() + " is not a readable AuditEvent");
        }
        if (!AuditIndex.columnsOf(event).equals(record.columns())) {
            return fail(
                    record.seq(),
                    record.eventId(),
                    "the search columns of record " + record.seq() + " were changed: they do not match its content");
        }
        if (!AuditIndex.studentsOf(event).equals(record.students())) {
            return fail(
                    record.seq(),
                    record.eventId(),
                    "the student index of record " + record.seq() + " was changed: it does not match its content");
        }
        previousSeq = record.seq();
        previousHash = record.hash();
        checked++;
        return Optional.empty();
    }

    /** The result, once every record up to the head has been checked (or one broke). */
    Result finish(long headSeq, String headHash) {
        if (broken == null && (previousSeq != headSeq || !previousHash.equals(headHash))) {
            broken = previousSeq < headSeq
                    ? new BrokenLink(
                            previousSeq + 1, null, "records " + (previousSeq + 1) + " to " + headSeq + " are missing")
                    : new BrokenLink(
                            previousSeq,
                            null,
                            "the chain head does not match the last record " + previousSeq
                                    + ": the head or the end of the chain was changed");
        }
        return new Result(broken == null, checked, anchorSeq, headSeq, headHash, broken);
    }

    private Optional<BrokenLink> fail(long seq, String eventId, String problem) {
        broken = new BrokenLink(seq, eventId, problem);
        return Optional.of(broken);
    }
}
