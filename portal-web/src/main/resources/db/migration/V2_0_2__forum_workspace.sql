-- A forum's handlingsplan (actions with an owner organisation, due date, status and comments) and its
-- meetings (agenda, minutes, attending organisations, a public summary, a reminder sent once) (context: forum).
CREATE TABLE frm_action (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    version               BIGINT       NOT NULL,
    forum_id              BIGINT       NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    description           TEXT         NOT NULL,
    owner_organisation_id BIGINT       NULL,
    due_date              DATE         NULL,
    status                VARCHAR(16)  NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_frm_action_forum FOREIGN KEY (forum_id) REFERENCES frm_forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_frm_action_owner FOREIGN KEY (owner_organisation_id) REFERENCES acc_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_frm_action_forum ON frm_action (forum_id, status);

CREATE TABLE frm_action_comment (
    action_id  BIGINT       NOT NULL,
    author     VARCHAR(160) NOT NULL,
    text       TEXT         NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_frm_action_comment_action FOREIGN KEY (action_id) REFERENCES frm_action (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_frm_action_comment_action ON frm_action_comment (action_id);

CREATE TABLE frm_meeting (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL,
    forum_id          BIGINT       NOT NULL,
    title             VARCHAR(200) NOT NULL,
    starts_at         DATETIME(6)  NOT NULL,
    ends_at           DATETIME(6)  NOT NULL,
    place             VARCHAR(200) NOT NULL,
    agenda            TEXT         NOT NULL,
    minutes           TEXT         NULL,
    public_summary    TEXT         NULL,
    summary_published BOOLEAN      NOT NULL,
    reminder_sent_at  DATETIME(6)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_frm_meeting_forum FOREIGN KEY (forum_id) REFERENCES frm_forum (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_frm_meeting_forum ON frm_meeting (forum_id, starts_at);
CREATE INDEX ix_frm_meeting_reminder ON frm_meeting (reminder_sent_at, starts_at);

CREATE TABLE frm_meeting_attendee (
    meeting_id      BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, organisation_id),
    CONSTRAINT fk_frm_meeting_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES frm_meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
