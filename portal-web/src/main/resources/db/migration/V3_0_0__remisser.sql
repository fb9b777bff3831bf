-- Remisser (context: remiss, persistence unit "remiss" in remiss-module). Police remisser on event
-- permits: the application's facts, the workflow state, internal consultations, villkor, yttranden
-- (immutable once sent), attachments, an append-only audit log, the diarienummer counter per year and
-- the API keys of the senders (only their SHA-256).

-- One row per year of the series; registering a remiss increments its row under the row lock.
CREATE TABLE rms_diarie_counter (
    series_year  INT NOT NULL,
    last_number  INT NOT NULL,
    PRIMARY KEY (series_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE rms_remiss (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL,
    diarienummer        VARCHAR(40)   NOT NULL,
    police_case_number  VARCHAR(60)   NOT NULL,
    received_on         DATE          NOT NULL,
    answer_by           DATE          NOT NULL,
    police_email        VARCHAR(254)  NOT NULL,
    organiser_name      VARCHAR(200)  NOT NULL,
    organisation_number VARCHAR(11)   NULL,
    contact_name        VARCHAR(120)  NOT NULL,
    contact_phone       VARCHAR(40)   NULL,
    contact_email       VARCHAR(254)  NULL,
    event_name          VARCHAR(200)  NOT NULL,
    event_type          VARCHAR(20)   NOT NULL,
    place_address       VARCHAR(200)  NOT NULL,
    latitude            DOUBLE        NULL,
    longitude           DOUBLE        NULL,
    place_kind          VARCHAR(20)   NOT NULL,
    arena_area          BOOLEAN       NOT NULL,
    build_up_starts     DATETIME      NOT NULL,
    starts_at           DATETIME      NOT NULL,
    ends_at             DATETIME      NOT NULL,
    teardown_ends       DATETIME      NOT NULL,
    peak_visitors       INT           NOT NULL,
    total_visitors      INT           NOT NULL,
    alcohol_served      BOOLEAN       NOT NULL,
    ticketed            BOOLEAN       NOT NULL,
    structures          VARCHAR(60)   NOT NULL,
    pyrotechnics        BOOLEAN       NOT NULL,
    food_sales          BOOLEAN       NOT NULL,
    road_closures       BOOLEAN       NOT NULL,
    amplified_sound     BOOLEAN       NOT NULL,
    sound_ends_at       TIME          NULL,
    late_hours          BOOLEAN       NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    proposal_author     VARCHAR(80)   NULL,
    reviewer            VARCHAR(80)   NULL,
    registered_by       VARCHAR(120)  NOT NULL,
    registered_at       DATETIME(6)   NOT NULL,
    answered_at         DATETIME(6)   NULL,
    closed_at           DATETIME(6)   NULL,
    reminded_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rms_remiss_diarienummer (diarienummer),
    UNIQUE KEY uq_rms_remiss_police_case (police_case_number),
    KEY ix_rms_remiss_answer_by (answer_by),
    KEY ix_rms_remiss_starts (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Append-only: the application never updates or deletes a row.
CREATE TABLE rms_audit (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    remiss_id   BIGINT        NOT NULL,
    at_time     DATETIME(6)   NOT NULL,
    actor       VARCHAR(120)  NOT NULL,
    what        VARCHAR(60)   NOT NULL,
    old_value   VARCHAR(2000) NULL,
    new_value   VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY ix_rms_audit_remiss (remiss_id, id),
    CONSTRAINT fk_rms_audit_remiss FOREIGN KEY (remiss_id) REFERENCES rms_remiss (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE rms_consultation (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL,
    remiss_id    BIGINT        NOT NULL,
    forvaltning  VARCHAR(30)   NOT NULL,
    question     VARCHAR(2000) NOT NULL,
    due_on       DATE          NOT NULL,
    asked_by     VARCHAR(80)   NOT NULL,
    asked_at     DATETIME(6)   NOT NULL,
    answer       VARCHAR(4000) NULL,
    answered_by  VARCHAR(80)   NULL,
    answered_at  DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_rms_consultation_remiss (remiss_id),
    CONSTRAINT fk_rms_consultation_remiss FOREIGN KEY (remiss_id) REFERENCES rms_remiss (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE rms_villkor (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL,
    remiss_id     BIGINT        NOT NULL,
    origin        VARCHAR(20)   NOT NULL,
    rule_key      VARCHAR(80)   NULL,
    rule_version  INT           NULL,
    triggered_by  VARCHAR(400)  NULL,
    text_sv       VARCHAR(2000) NOT NULL,
    added_by      VARCHAR(80)   NOT NULL,
    added_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_rms_villkor_remiss (remiss_id),
    CONSTRAINT fk_rms_villkor_remiss FOREIGN KEY (remiss_id) REFERENCES rms_remiss (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A sent yttrande is never changed: a new version is a new row.
CREATE TABLE rms_yttrande (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    remiss_id      BIGINT       NOT NULL,
    number         INT          NOT NULL,
    pdf            LONGBLOB     NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    author         VARCHAR(80)  NOT NULL,
    reviewer       VARCHAR(80)  NOT NULL,
    sent_to        VARCHAR(254) NOT NULL,
    sent_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rms_yttrande_number (remiss_id, number),
    CONSTRAINT fk_rms_yttrande_remiss FOREIGN KEY (remiss_id) REFERENCES rms_remiss (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE rms_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    remiss_id     BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(40)   NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    added_by      VARCHAR(120)  NOT NULL,
    added_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_rms_attachment_remiss (remiss_id),
    CONSTRAINT fk_rms_attachment_remiss FOREIGN KEY (remiss_id) REFERENCES rms_remiss (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE rms_sender_key (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL,
    key_hash     CHAR(64)      NOT NULL,
    sender_name  VARCHAR(120)  NOT NULL,
    created_by   VARCHAR(80)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    revoked_at   DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rms_sender_key_hash (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
