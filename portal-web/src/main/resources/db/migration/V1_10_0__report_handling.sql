-- Report handling (context: report): who last edited a category; a report's assignment to a
-- förvaltning and a person, its merge into another report, whether it is public; and the internal
-- log of staff actions that are not status changes (assign, merge, unpublish, redact).
ALTER TABLE rpt_category
    ADD COLUMN updated_by VARCHAR(80) NULL,
    ADD COLUMN updated_at DATETIME(6) NULL;

ALTER TABLE rpt_report
    ADD COLUMN assigned_department VARCHAR(120) NULL,
    ADD COLUMN assignee            VARCHAR(64)  NULL,
    ADD COLUMN duplicate_of        VARCHAR(24)  NULL,
    ADD COLUMN published           BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD INDEX ix_rpt_report_assignee (assignee),
    ADD INDEX ix_rpt_report_duplicate (duplicate_of);

CREATE TABLE rpt_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    report_id   BIGINT       NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    detail      VARCHAR(200) NULL,
    actor       VARCHAR(80)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rpt_event_report FOREIGN KEY (report_id) REFERENCES rpt_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Answer templates staff choose in the status form to prefill the public answer.
CREATE TABLE rpt_answer_template (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL,
    title       VARCHAR(80)   NOT NULL,
    text_sv     VARCHAR(2000) NOT NULL,
    text_en     VARCHAR(2000) NOT NULL,
    updated_by  VARCHAR(80)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
