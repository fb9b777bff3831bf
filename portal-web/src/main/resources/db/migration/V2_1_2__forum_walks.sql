-- Trygghetsvandringar of a forum (context: forum.workspace): the plan (when, where to meet, the route,
-- which member organisations are invited) and the findings recorded on the walk. Every finding is a
-- real report of the report context; the link to it is kept here (report id and reference number).
CREATE TABLE frm_walk (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL,
    forum_id       BIGINT       NOT NULL,
    title          VARCHAR(200) NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    meeting_point  VARCHAR(200) NOT NULL,
    -- the route: "lat,lon;lat,lon;…" (WGS 84), at least two points
    route          TEXT         NOT NULL,
    planned_by     VARCHAR(100) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_frm_walk_forum FOREIGN KEY (forum_id) REFERENCES frm_forum (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_frm_walk_forum ON frm_walk (forum_id, starts_at);

CREATE TABLE frm_walk_invitee (
    walk_id         BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (walk_id, organisation_id),
    CONSTRAINT fk_frm_walk_invitee_walk FOREIGN KEY (walk_id) REFERENCES frm_walk (id) ON DELETE CASCADE,
    CONSTRAINT fk_frm_walk_invitee_organisation FOREIGN KEY (organisation_id) REFERENCES acc_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE frm_walk_finding (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    walk_id          BIGINT       NOT NULL,
    report_id        BIGINT       NOT NULL,
    report_reference VARCHAR(32)  NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    recorded_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_frm_walk_finding_report UNIQUE (report_id),
    -- no foreign key to rpt_report: the report context owns its reports and their lifecycle
    CONSTRAINT fk_frm_walk_finding_walk FOREIGN KEY (walk_id) REFERENCES frm_walk (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
