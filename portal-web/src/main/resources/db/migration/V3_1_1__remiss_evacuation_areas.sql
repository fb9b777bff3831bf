-- Evacuation areas and their exits (remiss context, docs/adr/0010).
CREATE TABLE rms_evac_area (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL,
    name        VARCHAR(160) NOT NULL,
    latitude    DOUBLE       NOT NULL,
    longitude   DOUBLE       NOT NULL,
    radius_m    INT          NOT NULL,
    capacity    INT          NOT NULL,
    arena       BOOLEAN      NOT NULL,
    approximate BOOLEAN      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE rms_evac_exit (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    area_id BIGINT       NOT NULL,
    name    VARCHAR(160) NOT NULL,
    width_m DOUBLE       NOT NULL,
    kind    VARCHAR(10)  NOT NULL,
    is_open BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rms_evac_exit_area FOREIGN KEY (area_id) REFERENCES rms_evac_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The arena area around Strawberry Arena (Solna's national arena). APPROXIMATE: centre, capacity and exit widths are
-- estimates for demonstration, not surveyed; the city must replace them with the venue's fire safety documentation.
-- With the 8-minute limit: 65 000 with alcohol fails (flow 6 608 persons/min, 9 min 51 s); 50 000 passes (7 min 34 s);
-- opening the closed reserve exit (26 m) makes 65 000 pass (8 480 persons/min, 7 min 40 s).
INSERT INTO rms_evac_area (version, name, latitude, longitude, radius_m, capacity, arena, approximate)
VALUES (1, 'Arenaområdet kring Strawberry Arena', 59.3725, 18.0003, 500, 70000, TRUE, TRUE);
SET @arena = LAST_INSERT_ID();
INSERT INTO rms_evac_exit (area_id, name, width_m, kind, is_open) VALUES
    (@arena, 'Norra entrén mot Arenastaden', 20, 'LEVEL', TRUE),
    (@arena, 'Södra entrén mot Råsundavägen', 18, 'LEVEL', TRUE),
    (@arena, 'Västra entrén mot Solnavägen', 16, 'LEVEL', TRUE),
    (@arena, 'Östra entrén mot Mall of Scandinavia', 16, 'LEVEL', TRUE),
    (@arena, 'Trapporna mot Solna station', 14, 'STAIRS', TRUE),
    (@arena, 'Trapporna mot Evenemangsgatan', 14, 'STAIRS', TRUE),
    (@arena, 'Reservutgång Evenemangsgatan (staket öppnas vid behov)', 26, 'LEVEL', FALSE);
