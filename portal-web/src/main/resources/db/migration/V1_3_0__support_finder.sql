-- Support finder (context: support): texts per language, scope, contact details and the guided path
-- "Vad behöver du hjälp med?". Public information about organisations only, nothing about visitors.
ALTER TABLE sup_offer
    ADD COLUMN scope          VARCHAR(20)  NOT NULL DEFAULT 'MUNICIPAL' AFTER category,
    ADD COLUMN chat_address   VARCHAR(300) NULL AFTER web_address,
    ADD COLUMN street_address VARCHAR(300) NULL AFTER chat_address,
    ADD COLUMN languages      VARCHAR(200) NULL AFTER street_address;

-- One row per offer and language; Swedish is required, the others optional.
CREATE TABLE sup_offer_text (
    offer_id      BIGINT        NOT NULL,
    language      VARCHAR(8)    NOT NULL,
    name          VARCHAR(160)  NOT NULL,
    for_whom      VARCHAR(1000) NULL,
    what_happens  VARCHAR(2000) NULL,
    description   VARCHAR(4000) NOT NULL,
    opening_hours VARCHAR(300)  NULL,
    PRIMARY KEY (offer_id, language),
    CONSTRAINT fk_sup_offer_text_offer FOREIGN KEY (offer_id) REFERENCES sup_offer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Existing offers keep working: their text becomes the Swedish text.
INSERT INTO sup_offer_text (offer_id, language, name, description)
SELECT id, 'sv', name, description FROM sup_offer;

ALTER TABLE sup_offer DROP COLUMN description;

-- The guided path: questions whose answers lead to another question or to recommendations.
CREATE TABLE sup_guide_question (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL,
    start_point BOOLEAN      NOT NULL,
    text_sv     VARCHAR(300) NOT NULL,
    text_en     VARCHAR(300) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE sup_guide_answer (
    question_id      BIGINT       NOT NULL,
    position         INT          NOT NULL,
    label_sv         VARCHAR(200) NOT NULL,
    label_en         VARCHAR(200) NULL,
    next_question_id BIGINT       NULL,
    category         VARCHAR(40)  NULL,
    offer_id         BIGINT       NULL,
    PRIMARY KEY (question_id, position),
    CONSTRAINT fk_sup_guide_answer_question FOREIGN KEY (question_id) REFERENCES sup_guide_question (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
