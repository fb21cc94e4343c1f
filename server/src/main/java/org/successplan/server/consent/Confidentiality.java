package org.successplan.server.consent;

import java.util.Optional;

/**
 * HL7 v3 confidentiality codes ({@code http://terminology.hl7.org/CodeSystem/v3-Confidentiality}), in
 * increasing order of protection: unrestricted, low, moderate, normal, restricted, very restricted.
 */
enum Confidentiality {
    U,
    L,
    M,
    N,
    R,
    V;

    static final String SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

    static Optional<Confidentiality> ofCode(String code) {
        for (Confidentiality value : values()) {
            if (value.name().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    boolean atMost(Confidentiality ceiling) {
        return compareTo(ceiling) <= 0;
    }
}
