-- One unsubscribe secret per alert mail (only its hash), so the link in every mail keeps working;
-- stored without touching the alert row, so a new report never waits on or conflicts with alerts.
CREATE TABLE rpt_alert_unsubscribe (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    alert_id    BIGINT       NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rpt_alert_unsubscribe_token (token_hash),
    CONSTRAINT fk_rpt_alert_unsubscribe_alert FOREIGN KEY (alert_id) REFERENCES rpt_alert_subscription (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
