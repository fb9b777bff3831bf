-- Föräldrastöd courses (context: course). A group's seat counters live on its row, which every
-- sign-up and cancellation locks first: the counters can never disagree with the sign-ups.
CREATE TABLE crs_group (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    version               BIGINT        NOT NULL,
    programme             VARCHAR(20)   NOT NULL,
    title_sv              VARCHAR(160)  NOT NULL,
    title_en              VARCHAR(160)  NULL,
    description_sv        VARCHAR(4000) NOT NULL,
    description_en        VARCHAR(4000) NULL,
    place                 VARCHAR(200)  NOT NULL,
    course_language       VARCHAR(10)   NOT NULL,
    first_session         DATETIME      NOT NULL,
    session_count         INT           NOT NULL,
    session_minutes       INT           NOT NULL,
    seats                 INT           NOT NULL,
    booked_count          INT           NOT NULL,
    waitlisted_count      INT           NOT NULL,
    last_waitlist_number  INT           NOT NULL,
    published             BOOLEAN       NOT NULL,
    participants_purged   BOOLEAN       NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_crs_group_published (published, first_session)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A parent's sign-up: as little personal data as the course needs, purged after the course.
CREATE TABLE crs_enrolment (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL,
    group_id         BIGINT       NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    waitlist_number  INT          NULL,
    parent_name      VARCHAR(120) NULL,
    email            VARCHAR(254) NULL,
    phone            VARCHAR(40)  NULL,
    language         VARCHAR(2)   NOT NULL,
    cancel_token     VARCHAR(64)  NULL,
    consented_at     DATETIME(6)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE INDEX ux_crs_enrolment_token (cancel_token),
    INDEX ix_crs_enrolment_group (group_id, status, waitlist_number),
    INDEX ix_crs_enrolment_email (group_id, email),
    CONSTRAINT fk_crs_enrolment_group FOREIGN KEY (group_id) REFERENCES crs_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
