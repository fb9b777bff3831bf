-- The national arena's event days (remiss context): the arena operator's calendar, kept by administrators; an
-- event on remiss in the arena area on such a day is flagged by the conflict check (docs/adr/0010).
CREATE TABLE rms_arena_event_day (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    version   BIGINT       NOT NULL,
    event_day DATE         NOT NULL,
    name      VARCHAR(160) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_rms_arena_event_day UNIQUE (event_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
