package se.tryggstad.portal.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A partner person who administers their organisation's people: they invite and remove colleagues.
 * The contact person of a verified application becomes one.
 */
@Entity
@Table(name = "frm_organisation_admin")
@NamedQuery(name = OrganisationAdmin.FIND,
        query = "SELECT a FROM OrganisationAdmin a WHERE a.organisationId = :organisationId AND a.username = :username")
public class OrganisationAdmin {

    public static final String FIND = "OrganisationAdmin.find";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 64)
    private String username;

    protected OrganisationAdmin() {
        // for JPA
    }

    public OrganisationAdmin(long organisationId, String username) {
        this.organisationId = organisationId;
        this.username = username;
    }

    public long organisationId() { return organisationId; }
    public String username() { return username; }
}
