-- Forum workspace threads and posts, and the members' e-mail digest of new posts (context: forum.workspace).
CREATE TABLE frm_thread (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL,
    forum_id          BIGINT       NOT NULL,
    title             VARCHAR(200) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    last_post_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_frm_thread_forum FOREIGN KEY (forum_id) REFERENCES frm_forum (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_frm_thread_forum ON frm_thread (forum_id, last_post_at);

CREATE TABLE frm_post (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    thread_id         BIGINT       NOT NULL,
    forum_id          BIGINT       NOT NULL,
    body              TEXT         NOT NULL,
    author            VARCHAR(100) NOT NULL,
    organisation_name VARCHAR(200) NULL,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_frm_post_thread FOREIGN KEY (thread_id) REFERENCES frm_thread (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_frm_post_forum_time ON frm_post (forum_id, created_at);

-- A member's choice for one forum: no digest, daily or weekly, to this address.
CREATE TABLE frm_digest_setting (
    forum_id   BIGINT       NOT NULL,
    username   VARCHAR(100) NOT NULL,
    version    BIGINT       NOT NULL,
    frequency  VARCHAR(16)  NOT NULL,
    email      VARCHAR(254) NULL,
    language   VARCHAR(8)   NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (forum_id, username),
    CONSTRAINT fk_frm_digest_setting_forum FOREIGN KEY (forum_id) REFERENCES frm_forum (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- One row per digest period handled for a member, so that no period is ever sent twice; the
-- unsubscribe token of that mail is stored as its SHA-256 hash only, and works once.
CREATE TABLE frm_digest_sent (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    forum_id          BIGINT       NOT NULL,
    username          VARCHAR(100) NOT NULL,
    period            VARCHAR(32)  NOT NULL,
    post_count        INT          NOT NULL,
    unsubscribe_hash  CHAR(64)     NULL,
    unsubscribed_at   DATETIME(6)  NULL,
    sent_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_frm_digest_sent UNIQUE (forum_id, username, period),
    CONSTRAINT uq_frm_digest_unsubscribe UNIQUE (unsubscribe_hash),
    CONSTRAINT fk_frm_digest_sent_forum FOREIGN KEY (forum_id) REFERENCES frm_forum (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
