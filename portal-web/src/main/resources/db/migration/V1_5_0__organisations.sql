-- Partner organisations (föreningar, fastighetsägare, näringsidkare) and their members (context: account).
CREATE TABLE acc_organisation (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL,
    name       VARCHAR(160) NOT NULL,
    org_number VARCHAR(11)  NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_acc_organisation_number UNIQUE (org_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

ALTER TABLE acc_user ADD COLUMN organisation_id BIGINT NULL,
    ADD CONSTRAINT fk_acc_user_organisation FOREIGN KEY (organisation_id) REFERENCES acc_organisation (id);
