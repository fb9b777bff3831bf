-- The search module's transactional outbox (context: search). Rows are written in the same
-- transaction as the domain change and removed once the Lucene index has them.
CREATE TABLE srch_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    uid             VARCHAR(190) NOT NULL,
    version         BIGINT       NOT NULL,
    operation       VARCHAR(8)   NOT NULL,
    payload         MEDIUMTEXT   NULL,
    created_at      DATETIME(6)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(2000) NULL,
    parked          BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    INDEX ix_srch_outbox_due (parked, next_attempt_at, id),
    CONSTRAINT ck_srch_outbox_operation CHECK (operation IN ('UPSERT', 'DELETE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
