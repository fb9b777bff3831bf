-- Area alerts (bevakning): a resident's e-mail, the area and optional category, and only the hashes
-- of the confirmation and unsubscribe secrets. Nothing else about the person is kept.
CREATE TABLE rpt_alert_subscription (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL,
    email              VARCHAR(254)  NOT NULL,
    latitude           DOUBLE        NOT NULL,
    longitude          DOUBLE        NOT NULL,
    radius_metres      INT           NOT NULL,
    category_code      VARCHAR(40)   NULL,
    language           VARCHAR(5)    NOT NULL,
    confirm_hash       VARCHAR(64)   NOT NULL,
    unsubscribe_hash   VARCHAR(64)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    confirmed_at       DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rpt_alert_confirm (confirm_hash),
    UNIQUE KEY uq_rpt_alert_unsubscribe (unsubscribe_hash),
    INDEX ix_rpt_alert_area (confirmed_at, latitude, longitude),
    CONSTRAINT fk_rpt_alert_category FOREIGN KEY (category_code) REFERENCES rpt_category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
