-- Photos of trygghetsrapporter (context: report): only our JPEG re-encoding, never the original file,
-- written in the same transaction as the report.
CREATE TABLE rpt_photo (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    report_id   BIGINT      NOT NULL,
    sequence    INT         NOT NULL,
    content     MEDIUMBLOB  NOT NULL,
    width       INT         NOT NULL,
    height      INT         NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rpt_photo_sequence (report_id, sequence),
    CONSTRAINT fk_rpt_photo_report FOREIGN KEY (report_id) REFERENCES rpt_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
