package se.tryggstad.portal.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountService;
import se.tryggstad.portal.account.application.NewAccount;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.forum.domain.ApplicationDraft;
import se.tryggstad.portal.forum.domain.Invitation;
import se.tryggstad.portal.forum.infrastructure.InvitationRepository;
import se.tryggstad.portal.shared.FieldProblem;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The people of a partner organisation. A verified application's contact person, and colleagues
 * invited by an organisation admin, get a one-time link (valid {@code trygg.forum.invitation.valid-hours})
 * with which they choose a password: only then is their PARTNER account opened and tied to the
 * organisation. Organisation admins also remove colleagues (their account is deactivated).
 */
@ApplicationScoped
@Transactional
public class Colleagues {

    private static final String USERNAME = "[a-z0-9._@-]{3,64}";

    @Inject
    InvitationRepository invitations;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    AccountQueries accountQueries;

    @Inject
    ForumAccess access;

    @Inject
    Event<ForumMail> mails;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trygg.forum.invitation.valid-hours", defaultValue = "72")
    int validHours;

    /** Issues an invitation and returns the link's path (with the token); the caller mails it. */
    String issue(long organisationId, String displayName, String email, boolean organisationAdmin, String invitedBy) {
        String token = Tokens.newToken();
        invitations.add(Invitation.issue(organisationId, email.strip(), displayName.strip(), usernameFor(email),
                Tokens.hashOf(token), organisationAdmin, invitedBy, clock.instant(), Duration.ofHours(validHours)));
        return "/samverkan/losenord.xhtml?token=" + token;
    }

    /** An organisation admin invites a colleague by name and e-mail. */
    public void inviteColleague(String displayName, String email, String language) {
        long organisationId = requireOrganisationAdmin();
        List<FieldProblem> problems = new ArrayList<>();
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 120) {
            problems.add(new FieldProblem("displayName", "forum.apply.contactName.invalid"));
        }
        if (!ApplicationDraft.isEmailAddress(email)) {
            problems.add(new FieldProblem("email", "forum.apply.contactEmail.invalid"));
        }
        if (!problems.isEmpty()) {
            throw ForumRejected.invalid(problems);
        }
        String organisationName = organisations.find(organisationId).map(OrganisationSummary::name).orElseThrow();
        String link = issue(organisationId, name, email, false, access.caller().username());
        mails.fire(new ForumMail(ForumMail.Kind.INVITATION, email.strip(), "en".equals(language) ? "en" : "sv",
                List.of(name, organisationName, String.valueOf(validHours)), link));
    }

    /** What an open invitation's page shows; empty for an unknown, used or expired link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InvitationDetails> describe(String token) {
        return open(token).map(invitation -> new InvitationDetails(invitation.displayName(), invitation.username(),
                organisations.find(invitation.organisationId()).map(OrganisationSummary::name).orElse("")));
    }

    /** Uses the link: opens the PARTNER account with the chosen password and ties it to the organisation. */
    public String accept(String token, String password) {
        Invitation invitation = open(token).orElseThrow(() ->
                new ForumRejected(ForumRejected.Reason.NOT_FOUND, "token", "forum.invitation.invalid"));
        accounts.open(new NewAccount(invitation.username(), invitation.displayName(), password, Set.of(Role.PARTNER)));
        organisations.attachMember(invitation.username(), invitation.organisationId());
        if (invitation.organisationAdmin()) {
            invitations.makeAdmin(invitation.organisationId(), invitation.username());
        }
        invitation.accept(clock.instant());
        return invitation.username();
    }

    /** The caller's organisation's people; empty when the caller acts for none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Colleague> colleaguesOfCaller() {
        Long organisationId = access.caller().organisationId();
        if (organisationId == null) {
            return List.of();
        }
        return organisations.membersOf(organisationId).stream().map(member -> new Colleague(member.username(),
                member.displayName(), invitations.isAdmin(organisationId, member.username()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PendingInvitation> pendingOfCaller() {
        Long organisationId = access.caller().organisationId();
        if (organisationId == null || !invitations.isAdmin(organisationId, access.caller().username())) {
            return List.of();
        }
        return invitations.openOf(organisationId, clock.instant()).stream()
                .map(invitation -> new PendingInvitation(invitation.displayName(), invitation.email(), invitation.expiresAt()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean callerIsOrganisationAdmin() {
        ForumCaller caller = access.caller();
        return caller.organisationId() != null && invitations.isAdmin(caller.organisationId(), caller.username());
    }

    /** An organisation admin removes a colleague (not themselves): they no longer sign in. */
    public void removeColleague(String username) {
        long organisationId = requireOrganisationAdmin();
        if (access.caller().username().equals(username)) {
            throw new ForumRejected(ForumRejected.Reason.CONFLICT, "username", "forum.colleague.notYourself");
        }
        organisations.removeMember(username, organisationId);
        invitations.removeAdmin(organisationId, username);
    }

    private long requireOrganisationAdmin() {
        if (!callerIsOrganisationAdmin()) {
            throw new ForumRejected(ForumRejected.Reason.FORBIDDEN, "", "forum.colleague.notAdmin");
        }
        return access.caller().organisationId();
    }

    private Optional<Invitation> open(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return invitations.byTokenHash(Tokens.hashOf(token)).filter(invitation -> invitation.isOpen(clock.instant()));
    }

    /** The e-mail address as username when it can be one and is free, otherwise its local part and four digits. */
    private String usernameFor(String email) {
        String candidate = email.strip().toLowerCase(Locale.ROOT);
        if (candidate.matches(USERNAME) && accountQueries.find(candidate).isEmpty()) {
            return candidate;
        }
        String local = candidate.replaceAll("@.*", "").replaceAll("[^a-z0-9._-]", "");
        local = local.length() < 3 ? "partner" : local.substring(0, Math.min(local.length(), 50));
        return local + "." + (1000 + ThreadLocalRandom.current().nextInt(9000));
    }
}
