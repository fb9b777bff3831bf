-- Organisations apply to join forums; staff verify or reject. A verified application invites its
-- contact person (one-time set-password link, only its hash stored); organisation admins invite
-- colleagues the same way (context: forum).
CREATE TABLE frm_application (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    org_name        VARCHAR(160)  NOT NULL,
    org_number      VARCHAR(11)   NOT NULL,
    applicant_type  VARCHAR(32)   NOT NULL,
    contact_name    VARCHAR(120)  NOT NULL,
    contact_email   VARCHAR(254)  NOT NULL,
    contact_phone   VARCHAR(40)   NULL,
    language        VARCHAR(2)    NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    decision_reason VARCHAR(1000) NULL,
    decided_by      VARCHAR(64)   NULL,
    decided_at      DATETIME(6)   NULL,
    organisation_id BIGINT        NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_frm_application_status ON frm_application (status, created_at);

CREATE TABLE frm_application_forum (
    application_id BIGINT NOT NULL,
    forum_id       BIGINT NOT NULL,
    PRIMARY KEY (application_id, forum_id),
    CONSTRAINT fk_frm_application_forum_application FOREIGN KEY (application_id) REFERENCES frm_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_frm_application_forum_forum FOREIGN KEY (forum_id) REFERENCES frm_forum (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE frm_invitation (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    version            BIGINT       NOT NULL,
    organisation_id    BIGINT       NOT NULL,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(120) NOT NULL,
    username           VARCHAR(64)  NOT NULL,
    token_hash         CHAR(64)     NOT NULL,
    organisation_admin BOOLEAN      NOT NULL,
    invited_by         VARCHAR(64)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    expires_at         DATETIME(6)  NOT NULL,
    accepted_at        DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_frm_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_frm_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES acc_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Partner persons who may invite and remove colleagues of their organisation.
CREATE TABLE frm_organisation_admin (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT      NOT NULL,
    username        VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_frm_organisation_admin UNIQUE (organisation_id, username),
    CONSTRAINT fk_frm_organisation_admin_organisation FOREIGN KEY (organisation_id) REFERENCES acc_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
