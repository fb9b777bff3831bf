-- Samverkansforum: forums (platssamverkan with an area, näringslivsforum, föreningsforum, trygghetsråd)
-- and which partner organisations (acc_organisation, by id) are members (context: forum).
CREATE TABLE frm_forum (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    name             VARCHAR(160) NOT NULL,
    purpose_sv       TEXT         NOT NULL,
    purpose_en       TEXT         NULL,
    -- the area of a platssamverkan: "lat,lon;lat,lon;…" (WGS 84), at least three corners
    area_coordinates TEXT         NULL,
    public_page      BOOLEAN      NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_frm_forum_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE frm_membership (
    forum_id        BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    joined_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (forum_id, organisation_id),
    CONSTRAINT fk_frm_membership_forum FOREIGN KEY (forum_id) REFERENCES frm_forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_frm_membership_organisation FOREIGN KEY (organisation_id) REFERENCES acc_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_frm_membership_organisation ON frm_membership (organisation_id);
