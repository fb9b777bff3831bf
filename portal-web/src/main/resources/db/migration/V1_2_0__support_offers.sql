-- Places to turn to for help (context: support). Public information about organisations only.
CREATE TABLE sup_offer (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL,
    name               VARCHAR(160)  NOT NULL,
    category           VARCHAR(40)   NOT NULL,
    provider           VARCHAR(160)  NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    phone              VARCHAR(40)   NULL,
    web_address        VARCHAR(300)  NULL,
    anonymous_possible BOOLEAN       NOT NULL,
    published          BOOLEAN       NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_sup_offer_published (published, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
