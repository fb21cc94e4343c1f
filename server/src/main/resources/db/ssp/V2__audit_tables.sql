-- The audit trail (issue 7, docs/adr/0005-audit-trail.md): an append-only, hash-chained log of every
-- FHIR request, and an index of the students each record concerns for the disclosure report.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- One row per audited request. event_json is the AuditEvent exactly as hashed; hash =
-- SHA-256("ssp-audit-v1" LF seq LF previous_hash LF event_json), previous_hash = the hash of record
-- seq - 1. The other columns are copies of values inside event_json, for searching.
CREATE TABLE ssp_audit_event (
    seq           BIGINT        NOT NULL PRIMARY KEY,
    event_id      VARCHAR(64)   NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    request_id    VARCHAR(64),
    client_id     VARCHAR(128),
    organization  VARCHAR(200),
    interaction   VARCHAR(64),
    outcome       INTEGER       NOT NULL,
    purpose       VARCHAR(64),
    emergency     BOOLEAN       NOT NULL,
    event_json    VARCHAR(10485760) NOT NULL,
    previous_hash VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL,
    CONSTRAINT ssp_audit_event_id UNIQUE (event_id)
);
CREATE INDEX ssp_audit_event_recorded ON ssp_audit_event (recorded_at);
CREATE INDEX ssp_audit_event_org ON ssp_audit_event (organization, seq);
CREATE INDEX ssp_audit_event_request ON ssp_audit_event (request_id);

-- One row per (record, student it concerns), derived from event_json (the verification recomputes
-- it): the student's custodian at the time, and whether the student's records were disclosed to an
-- organization other than the custodian. The (student, recorded_at) index keeps one student's
-- disclosure report fast however large the log grows.
CREATE TABLE ssp_audit_student (
    seq         BIGINT       NOT NULL,
    student     VARCHAR(100) NOT NULL,
    custodian   VARCHAR(200),
    disclosure  BOOLEAN      NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (seq, student)
);
CREATE INDEX ssp_audit_student_time ON ssp_audit_student (student, recorded_at);
CREATE INDEX ssp_audit_student_custodian ON ssp_audit_student (custodian, seq);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by each batch that appends, so the
-- chain stays one sequence even with several nodes writing. anchor_* is where the retained chain
-- starts: seq 0 and the genesis hash, or the last record removed by the retention setting.
CREATE TABLE ssp_audit_chain (
    id          INTEGER     NOT NULL PRIMARY KEY,
    last_seq    BIGINT      NOT NULL,
    last_hash   VARCHAR(64) NOT NULL,
    anchor_seq  BIGINT      NOT NULL,
    anchor_hash VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO ssp_audit_chain (id, last_seq, last_hash, anchor_seq, anchor_hash, updated_at)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0,
        '0000000000000000000000000000000000000000000000000000000000000000', CURRENT_TIMESTAMP);
