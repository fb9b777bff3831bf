-- Forum workspace documents (context: forum.workspace): a document is a title in a forum; every upload
-- under the same title is a new version. The bytes live in their own table, so listing the history
-- never reads them; they stay in the database so that a version and its bytes are written (or not)
-- in one transaction and are backed up together.
CREATE TABLE frm_document (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL,
    forum_id   BIGINT       NOT NULL,
    title      VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_frm_document_title UNIQUE (forum_id, title),
    CONSTRAINT fk_frm_document_forum FOREIGN KEY (forum_id) REFERENCES frm_forum (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE frm_document_version (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    document_id       BIGINT       NOT NULL,
    number            INT          NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    media_type        VARCHAR(120) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    uploaded_by       VARCHAR(100) NOT NULL,
    organisation_name VARCHAR(200) NULL,
    uploaded_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_frm_document_version UNIQUE (document_id, number),
    CONSTRAINT fk_frm_document_version_document FOREIGN KEY (document_id) REFERENCES frm_document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE frm_document_content (
    version_id BIGINT   NOT NULL,
    content    LONGBLOB NOT NULL,
    PRIMARY KEY (version_id),
    CONSTRAINT fk_frm_document_content_version FOREIGN KEY (version_id) REFERENCES frm_document_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
