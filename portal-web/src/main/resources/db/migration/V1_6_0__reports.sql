-- Trygghetsrapporter (context: report). Categories with the förvaltning that receives them; reports
-- with their status history and internal notes; Open311 API keys (only their hashes).
CREATE TABLE rpt_category (
    code            VARCHAR(40)  NOT NULL,
    version         BIGINT       NOT NULL,
    name_sv         VARCHAR(80)  NOT NULL,
    name_en         VARCHAR(80)  NOT NULL,
    description_sv  VARCHAR(400) NOT NULL,
    description_en  VARCHAR(400) NOT NULL,
    department      VARCHAR(120) NOT NULL,
    sort_order      INT          NOT NULL,
    active          BOOLEAN      NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO rpt_category (code, version, name_sv, name_en, description_sv, description_en, department, sort_order, active) VALUES
('belysning', 1, 'Belysning', 'Lighting', 'Trasig eller saknad gatubelysning, mörka platser.', 'Broken or missing street lighting, dark places.', 'Stadsbyggnadsförvaltningen, gata/park', 10, TRUE),
('klotter', 1, 'Klotter', 'Graffiti', 'Klotter och skadlig affischering.', 'Graffiti and illegal posters.', 'Stadsbyggnadsförvaltningen, gata/park', 20, TRUE),
('nedskrapning', 1, 'Nedskräpning', 'Litter', 'Skräp, fulla papperskorgar, dumpat avfall.', 'Litter, full bins, dumped waste.', 'Stadsbyggnadsförvaltningen, gata/park', 30, TRUE),
('skadegorelse', 1, 'Skadegörelse', 'Vandalism', 'Förstörda bänkar, lekplatser, skyltar eller fönster.', 'Damaged benches, playgrounds, signs or windows.', 'Stadsbyggnadsförvaltningen, gata/park', 40, TRUE),
('otrygg-plats', 1, 'Otrygg plats', 'Place that feels unsafe', 'En plats som känns otrygg, t.ex. skymd, öde eller med stök.', 'A place that feels unsafe, e.g. hidden, deserted or rowdy.', 'Kommunledningsförvaltningen, trygghet och säkerhet', 50, TRUE),
('olovlig-bosattning', 1, 'Olovlig bosättning', 'Unauthorised camp', 'Tält eller annat boende på allmän plats.', 'Tents or other living on public land.', 'Socialförvaltningen', 60, TRUE),
('ovrigt', 1, 'Övrigt', 'Other', 'Något annat som gör staden mindre trygg.', 'Anything else that makes the city less safe.', 'Kommunledningsförvaltningen, trygghet och säkerhet', 90, TRUE);

-- Gap-tolerant, unique, without a lock shared by all submissions.
CREATE SEQUENCE rpt_reference_seq START WITH 1 INCREMENT BY 1 NOCACHE;

CREATE TABLE rpt_report (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL,
    reference         VARCHAR(24)   NOT NULL,
    token_hash        VARCHAR(64)   NOT NULL,
    category_code     VARCHAR(40)   NOT NULL,
    latitude          DOUBLE        NULL,
    longitude         DOUBLE        NULL,
    place             VARCHAR(200)  NOT NULL,
    description       VARCHAR(2000) NOT NULL,
    unsafe_times      VARCHAR(60)   NOT NULL,
    unsafe_days       VARCHAR(80)   NOT NULL,
    contact_email     VARCHAR(254)  NULL,
    contact_phone     VARCHAR(40)   NULL,
    consent_at        DATETIME(6)   NULL,
    contact_language  VARCHAR(5)    NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    supporters        INT           NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rpt_report_reference (reference),
    UNIQUE KEY uq_rpt_report_token (token_hash),
    INDEX ix_rpt_report_nearby (category_code, status, latitude, longitude),
    INDEX ix_rpt_report_status (status, created_at),
    INDEX ix_rpt_report_created (created_at),
    CONSTRAINT fk_rpt_report_category FOREIGN KEY (category_code) REFERENCES rpt_category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE rpt_status_change (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    report_id      BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    public_answer  VARCHAR(2000) NULL,
    changed_by     VARCHAR(80)   NULL,
    changed_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rpt_status_change_report FOREIGN KEY (report_id) REFERENCES rpt_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE rpt_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    report_id   BIGINT        NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    author      VARCHAR(80)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rpt_note_report FOREIGN KEY (report_id) REFERENCES rpt_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Open311 clients: the key itself is shown once at creation; only its SHA-256 is kept.
CREATE TABLE rpt_api_key (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL,
    key_hash    VARCHAR(64)  NOT NULL,
    client_name VARCHAR(120) NOT NULL,
    created_by  VARCHAR(80)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rpt_api_key_hash (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
