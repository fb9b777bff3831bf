package se.tryggstad.portal.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.forum.infrastructure.ForumRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What everyone may read of forums: those with a public page, and their member organisations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ForumQueries {

    @Inject
    ForumRepository forums;

    @Inject
    OrganisationService organisations;

    public List<ForumSummary> publicForums() {
        return forums.withPublicPage().stream().map(ForumSummary::of).toList();
    }

    /** A forum with a public page; empty for one without, as if it did not exist. */
    public Optional<ForumSummary> publicForum(long id) {
        return forums.find(id).filter(forum -> forum.hasPublicPage()).map(ForumSummary::of);
    }

    /** Every forum, for staff pages. */
    public List<ForumSummary> all() {
        return forums.all().stream().map(ForumSummary::of).toList();
    }

    public Optional<ForumSummary> find(long id) {
        return forums.find(id).map(ForumSummary::of);
    }

    /** Every registered organisation, for staff choosing whom to admit. */
    public List<MemberOrganisation> organisations() {
        return organisations.all().stream().map(organisation -> new MemberOrganisation(organisation.id(),
                organisation.name(), organisation.kind().name())).toList();
    }

    /** The member organisations of a forum by name: organisations only, never persons. */
    public List<MemberOrganisation> membersOf(ForumSummary forum) {
        return forum.memberOrganisationIds().stream().flatMap(id -> organisations.find(id).stream())
                .map(organisation -> new MemberOrganisation(organisation.id(), organisation.name(),
                        organisation.kind().name()))
                .sorted(Comparator.comparing(MemberOrganisation::name)).toList();
    }
}
