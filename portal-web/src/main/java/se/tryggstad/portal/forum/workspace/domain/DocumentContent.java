package se.tryggstad.portal.forum.workspace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of one document version, apart from its description so that lists never load them. */
@Entity
@Table(name = "frm_document_content")
public class DocumentContent {

    @Id
    @Column(name = "version_id")
    private Long versionId;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    protected DocumentContent() {
        // for JPA
    }

    public DocumentContent(long versionId, byte[] content) {
        this.versionId = versionId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
