-- Requirement rules of the remiss context (docs/adr/0010): a rule (stable key) has immutable versions; a version
-- has a condition of clauses (field, operator, value; AND within a group, OR between groups) and villkor texts.
CREATE TABLE rms_rule (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    version    BIGINT      NOT NULL,
    rule_key   VARCHAR(60) NOT NULL,
    active     BOOLEAN     NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_rms_rule_key UNIQUE (rule_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE rms_rule_version (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    rule_id          BIGINT        NOT NULL,
    number           INT           NOT NULL,
    title            VARCHAR(160)  NOT NULL,
    text_sv          VARCHAR(2000) NOT NULL,
    text_en          VARCHAR(2000) NOT NULL,
    per_unit         INT           NULL,
    per_unit_alcohol INT           NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_rms_rule_version UNIQUE (rule_id, number),
    CONSTRAINT fk_rms_rule_version_rule FOREIGN KEY (rule_id) REFERENCES rms_rule (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE rms_rule_clause (
    version_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    group_no     INT          NOT NULL,
    field        VARCHAR(40)  NOT NULL,
    operator     VARCHAR(20)  NOT NULL,
    clause_value VARCHAR(400) NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_rms_rule_clause_version FOREIGN KEY (version_id) REFERENCES rms_rule_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The rules the city starts with (real, not demo): administrators change them on /admin/remissregler.xhtml.
INSERT INTO rms_rule (version, rule_key, active, created_at) VALUES (1, 'sakerhetsplan', TRUE, UTC_TIMESTAMP(6));
INSERT INTO rms_rule_version (rule_id, number, title, text_sv, text_en, created_at, created_by)
VALUES (LAST_INSERT_ID(), 1, 'Säkerhetsplan vid många besökare',
        'Arrangören ska senast 14 dagar före evenemanget lämna en säkerhetsplan till polisen och kommunen, dimensionerad för {peakVisitors} besökare samtidigt.',
        'No later than 14 days before the event, the organiser shall submit a safety plan to the police and the city, sized for {peakVisitors} visitors at the same time.',
        UTC_TIMESTAMP(6), 'system');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 0, 1, 'PEAK_VISITORS', 'AT_LEAST', '1000');

INSERT INTO rms_rule (version, rule_key, active, created_at) VALUES (1, 'ordningsvakter', TRUE, UTC_TIMESTAMP(6));
INSERT INTO rms_rule_version (rule_id, number, title, text_sv, text_en, per_unit, per_unit_alcohol, created_at, created_by)
VALUES (LAST_INSERT_ID(), 1, 'Ordningsvakter efter antal besökare',
        'Minst {count} förordnade ordningsvakter ska tjänstgöra under evenemanget (räknat på {peakVisitors} besökare samtidigt; fler när alkohol serveras).',
        'At least {count} appointed security officers (ordningsvakter) shall be on duty during the event (based on {peakVisitors} visitors at the same time; more when alcohol is served).',
        100, 50, UTC_TIMESTAMP(6), 'system');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 0, 1, 'PEAK_VISITORS', 'AT_LEAST', '300');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 1, 2, 'ALCOHOL_SERVED', 'IS_TRUE', '');

INSERT INTO rms_rule (version, rule_key, active, created_at) VALUES (1, 'utrymningsplan', TRUE, UTC_TIMESTAMP(6));
INSERT INTO rms_rule_version (rule_id, number, title, text_sv, text_en, created_at, created_by)
VALUES (LAST_INSERT_ID(), 1, 'Utrymningsplan och samråd med räddningstjänsten',
        'Arrangören ska ta fram en utrymningsplan och samråda med räddningstjänsten senast 21 dagar före evenemanget.',
        'The organiser shall draw up an evacuation plan and consult the fire and rescue service no later than 21 days before the event.',
        UTC_TIMESTAMP(6), 'system');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 0, 1, 'PEAK_VISITORS', 'AT_LEAST', '2000');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 1, 2, 'ARENA_AREA', 'IS_TRUE', '');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 2, 3, 'PLACE_KIND', 'IN', 'ARENA_AREA');

INSERT INTO rms_rule (version, rule_key, active, created_at) VALUES (1, 'renhallning-parkmark', TRUE, UTC_TIMESTAMP(6));
INSERT INTO rms_rule_version (rule_id, number, title, text_sv, text_en, created_at, created_by)
VALUES (LAST_INSERT_ID(), 1, 'Renhållning och återställning av parkmark',
        'Arrangören ska lämna en renhållningsplan, hålla platsen ren under evenemanget och återställa parkmarken efteråt. Skador på mark och växter ersätts av arrangören.',
        'The organiser shall submit a waste and cleaning plan, keep the site clean during the event and restore the park land afterwards. The organiser pays for damage to ground and plants.',
        UTC_TIMESTAMP(6), 'system');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 0, 1, 'PLACE_KIND', 'IN', 'PARK_LAND');

INSERT INTO rms_rule (version, rule_key, active, created_at) VALUES (1, 'ta-plan', TRUE, UTC_TIMESTAMP(6));
INSERT INTO rms_rule_version (rule_id, number, title, text_sv, text_en, created_at, created_by)
VALUES (LAST_INSERT_ID(), 1, 'Trafikanordningsplan vid avstängda vägar',
        'En trafikanordningsplan (TA-plan) ska vara godkänd av kommunen innan vägar stängs av.',
        'A traffic management plan (TA-plan) shall be approved by the city before any road is closed.',
        UTC_TIMESTAMP(6), 'system');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 0, 1, 'ROAD_CLOSURES', 'IS_TRUE', '');

INSERT INTO rms_rule (version, rule_key, active, created_at) VALUES (1, 'sjukvard', TRUE, UTC_TIMESTAMP(6));
INSERT INTO rms_rule_version (rule_id, number, title, text_sv, text_en, created_at, created_by)
VALUES (LAST_INSERT_ID(), 1, 'Sjukvård och första hjälpen',
        'Sjukvårdsberedskap och första hjälpen ska finnas på plats, dimensionerad för {peakVisitors} besökare samtidigt.',
        'Medical cover and first aid shall be on site, sized for {peakVisitors} visitors at the same time.',
        UTC_TIMESTAMP(6), 'system');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 0, 1, 'PEAK_VISITORS', 'AT_LEAST', '2000');

INSERT INTO rms_rule (version, rule_key, active, created_at) VALUES (1, 'ljud-och-grannar', TRUE, UTC_TIMESTAMP(6));
INSERT INTO rms_rule_version (rule_id, number, title, text_sv, text_en, created_at, created_by)
VALUES (LAST_INSERT_ID(), 1, 'Ljudnivå och information till grannar efter kl. 22',
        'Förstärkt ljud till kl. {soundEndsAt}: ljudnivån ska hållas inom Folkhälsomyndighetens riktvärden, och boende i närheten ska informeras skriftligt senast 7 dagar före evenemanget.',
        'Amplified sound until {soundEndsAt}: sound levels shall stay within the Public Health Agency of Sweden''s guideline values, and neighbours shall be informed in writing no later than 7 days before the event.',
        UTC_TIMESTAMP(6), 'system');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 0, 1, 'AMPLIFIED_SOUND', 'IS_TRUE', '');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 1, 1, 'SOUND_ENDS_AT', 'AFTER', '22:00');

INSERT INTO rms_rule (version, rule_key, active, created_at) VALUES (1, 'pyroteknik', TRUE, UTC_TIMESTAMP(6));
INSERT INTO rms_rule_version (rule_id, number, title, text_sv, text_en, created_at, created_by)
VALUES (LAST_INSERT_ID(), 1, 'Tillstånd för pyroteknik',
        'Pyroteknik kräver tillstånd från räddningstjänsten; en kopia av tillståndet lämnas till kommunen före evenemanget.',
        'Pyrotechnics need a permit from the fire and rescue service; a copy of the permit is given to the city before the event.',
        UTC_TIMESTAMP(6), 'system');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 0, 1, 'PYROTECHNICS', 'IS_TRUE', '');

INSERT INTO rms_rule (version, rule_key, active, created_at) VALUES (1, 'tillfalliga-konstruktioner', TRUE, UTC_TIMESTAMP(6));
INSERT INTO rms_rule_version (rule_id, number, title, text_sv, text_en, created_at, created_by)
VALUES (LAST_INSERT_ID(), 1, 'Besiktning av scen, tält och läktare',
        'Tillfälliga konstruktioner (scen, tält, läktare) ska vara besiktade av sakkunnig innan publik släpps in.',
        'Temporary structures (stage, tent, stands) shall be inspected by a competent person before the audience is let in.',
        UTC_TIMESTAMP(6), 'system');
INSERT INTO rms_rule_clause VALUES (LAST_INSERT_ID(), 0, 1, 'TEMPORARY_STRUCTURES', 'IN', 'STAGE,TENT,STANDS');
