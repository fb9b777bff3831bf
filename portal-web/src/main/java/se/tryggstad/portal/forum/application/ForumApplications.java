package se.tryggstad.portal.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.account.domain.OrganisationKind;
import se.tryggstad.portal.forum.domain.ApplicantType;
import se.tryggstad.portal.forum.domain.ApplicationDraft;
import se.tryggstad.portal.forum.domain.ApplicationStatus;
import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.domain.ForumApplication;
import se.tryggstad.portal.forum.infrastructure.ApplicationRepository;
import se.tryggstad.portal.forum.infrastructure.ForumIndexing;
import se.tryggstad.portal.forum.infrastructure.ForumRepository;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.shared.FieldProblem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Organisations apply to join forums; staff verify (the organisation is registered or found by its
 * number, admitted to the forums it asked for, and its contact person invited as organisation admin)
 * or reject with a reason. The applicant is mailed on receipt and on the decision, after commit.
 */
@ApplicationScoped
@Transactional
public class ForumApplications {

    @Inject
    ApplicationRepository applications;

    @Inject
    ForumRepository forums;

    @Inject
    OrganisationService organisations;

    @Inject
    Colleagues colleagues;

    @Inject
    ForumAccess access;

    @Inject
    ApplyRateLimiter rateLimiter;

    @Inject
    IndexingOutbox outbox;

    @Inject
    Event<ForumMail> mails;

    @Inject
    Clock clock;

    /** Receives an application from anyone; returns its id. Only forums with a public page can be applied to. */
    public long apply(ApplicationDraft draft, String remoteAddress, String forwardedFor) {
        List<FieldProblem> problems = new ArrayList<>(draft.problems());
        if (draft.forumIds().stream().anyMatch(id -> forums.find(id).filter(Forum::hasPublicPage).isEmpty())) {
            problems.add(new FieldProblem("forumIds", "forum.apply.forums.unknown"));
        }
        if (!problems.isEmpty()) {
            throw ForumRejected.invalid(problems);
        }
        rateLimiter.acquire(remoteAddress, forwardedFor);
        ForumApplication application = ForumApplication.receive(draft, clock.instant());
        applications.add(application);
        mails.fire(new ForumMail(ForumMail.Kind.APPLICATION_RECEIVED, application.contactEmail(), application.language(),
                List.of(application.organisationName(), forumNames(application)), null));
        return application.id();
    }

    /** Staff: the organisation is who it says; it joins its forums and its contact person is invited. */
    public ApplicationSummary verify(long applicationId) {
        ForumApplication application = undecided(applicationId);
        OrganisationSummary organisation = organisations.findByNumber(application.organisationNumber().value())
                .orElseGet(() -> organisations.register(application.organisationName(),
                        application.organisationNumber().value(), kindOf(application.type())));
        application.verify(access.caller().username(), organisation.id(), clock.instant());
        for (long forumId : application.forumIds()) {
            forums.find(forumId).ifPresent(forum -> {
                if (forum.admit(organisation.id(), clock.instant())) {
                    forums.flush();
                    outbox.upsert(ForumIndexing.documentOf(forum));
                }
            });
        }
        String link = colleagues.issue(organisation.id(), application.contactName(), application.contactEmail(), true,
                access.caller().username());
        mails.fire(new ForumMail(ForumMail.Kind.APPLICATION_VERIFIED, application.contactEmail(), application.language(),
                List.of(organisation.name(), forumNames(application)), link));
        return summary(application);
    }

    /** Staff: the application is refused; the reason is required and mailed to the contact person. */
    public ApplicationSummary reject(long applicationId, String reason) {
        ForumApplication application = undecided(applicationId);
        if (!ForumApplication.isValidReason(reason)) {
            throw new ForumRejected(ForumRejected.Reason.INVALID, "reason", "forum.apply.reason.invalid");
        }
        application.reject(access.caller().username(), reason, clock.instant());
        mails.fire(new ForumMail(ForumMail.Kind.APPLICATION_REJECTED, application.contactEmail(), application.language(),
                List.of(application.organisationName(), application.decisionReason().orElseThrow()), null));
        return summary(application);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApplicationSummary> received() {
        return applications.withStatus(ApplicationStatus.RECEIVED).stream().map(this::summary).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApplicationSummary> find(long applicationId) {
        return applications.find(applicationId).map(this::summary);
    }

    private ForumApplication undecided(long applicationId) {
        ForumApplication application = applications.find(applicationId)
                .orElseThrow(() -> new ForumRejected(ForumRejected.Reason.NOT_FOUND, "id", "forum.apply.notFound"));
        if (application.isDecided()) {
            throw new ForumRejected(ForumRejected.Reason.CONFLICT, "", "forum.apply.alreadyDecided");
        }
        return application;
    }

    private ApplicationSummary summary(ForumApplication application) {
        return ApplicationSummary.of(application, application.forumIds().stream()
                .flatMap(id -> forums.find(id).stream()).map(Forum::name).sorted().toList());
    }

    private String forumNames(ForumApplication application) {
        return String.join(", ", summary(application).forumNames());
    }

    static OrganisationKind kindOf(ApplicantType type) {
        return switch (type) {
            case FORENING -> OrganisationKind.FORENING;
            case FORETAG -> OrganisationKind.NARINGSIDKARE;
            case FASTIGHETSAGARE -> OrganisationKind.FASTIGHETSAGARE;
            case TROSSAMFUND, MYNDIGHET -> OrganisationKind.OTHER;
        };
    }
}
