package org.successplan.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evident chain of audit records: record {@code n} stores the hash of record {@code n-1} and
 * its own, {@code SHA-256("ssp-audit-v1" LF n LF previousHash LF eventJson)} in lower-case hex. Changing
 * a record's content changes its hash; removing or reordering records breaks the link to the next one;
 * rewriting the whole tail is caught by comparing the head hash with a copy kept outside the database.
 */
final class HashChain {

    /** The previous hash of the first record ever written. */
    static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "ssp-audit-v1";

    private HashChain() {}

    static String hash(long seq, String previousHash, String eventJson) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((VERSION + "\n" + seq + "\n" + previousHash + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(eventJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
