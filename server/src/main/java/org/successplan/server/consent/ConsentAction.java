package org.successplan.server.consent;

/** The consent actions ({@code http://terminology.hl7.org/CodeSystem/consentaction}) a request needs. */
enum ConsentAction {
    /** Reading records. */
    ACCESS("access"),
    /** Adding to or changing records. */
    COLLECT("collect");

    final String code;

    ConsentAction(String code) {
        this.code = code;
    }
}
