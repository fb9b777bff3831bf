package se.tryggstad.portal.support.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.support.domain.SupportDetails;
import se.tryggstad.portal.support.domain.SupportOffer;
import se.tryggstad.portal.support.domain.SupportRuleViolation;
import se.tryggstad.portal.support.domain.SupportText;
import se.tryggstad.portal.support.infrastructure.SupportIndexing;
import se.tryggstad.portal.support.infrastructure.SupportOfferRepository;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Staff list, edit, publish and unpublish support services; visitors read the published ones. Every change
 * reaches search in the same transaction, and a refused change saves nothing.
 */
@ApplicationScoped
@Transactional(rollbackOn = SupportRejected.class)
public class SupportCatalogue {

    private static final String ENGLISH = "en";

    @Inject
    SupportOfferRepository offers;

    @Inject
    IndexingOutbox outbox;

    @Inject
    Clock clock;

    /** Adds a service and shows it to residents at once. */
    public SupportOfferView publish(SupportOfferForm form) {
        return SupportOfferView.of(create(form, true), SupportOffer.SWEDISH);
    }

    /** Adds a service, published or not yet; returns its id. */
    public long add(SupportOfferForm form, boolean published) {
        return create(form, published).id();
    }

    private SupportOffer create(SupportOfferForm form, boolean published) {
        SupportOffer offer = checked(() -> {
            SupportText english = englishOf(form);
            SupportOffer draft = SupportOffer.draft(detailsOf(form), swedishOf(form), clock.instant());
            applyEnglish(draft, english);
            return draft;
        });
        if (published) {
            offer.publish(clock.instant());
        }
        offers.add(offer);
        SupportIndexing.sync(outbox, offer);
        return offer;
    }

    /** Saves staff's edit, unless someone else saved the same service since {@code expectedVersion} was read. */
    public void revise(long id, long expectedVersion, SupportOfferForm form) {
        change(id, expectedVersion, offer -> checked(() -> {
            SupportText english = englishOf(form);
            offer.revise(detailsOf(form), swedishOf(form), clock.instant());
            applyEnglish(offer, english);
            return offer;
        }));
    }

    public void unpublish(long id, long expectedVersion) {
        change(id, expectedVersion, offer -> offer.unpublish(clock.instant()));
    }

    public void republish(long id, long expectedVersion) {
        change(id, expectedVersion, offer -> offer.publish(clock.instant()));
    }

    private void change(long id, long expectedVersion, Consumer<SupportOffer> change) {
        SupportOffer offer = existing(id);
        if (offer.version() != expectedVersion) {
            throw conflict();
        }
        change.accept(offer);
        try {
            offers.flush();
        } catch (OptimisticLockException raced) {
            throw conflict();
        }
        SupportIndexing.sync(outbox, offer);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportOfferView> published(String language) {
        return offers.published().stream().map(offer -> SupportOfferView.of(offer, language)).toList();
    }

    /** A published offer in the visitor's language; empty for an unknown or unpublished one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SupportOfferView> publishedOffer(long id, String language) {
        return offers.find(id).filter(SupportOffer::isPublished).map(offer -> SupportOfferView.of(offer, language));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportOfferRow> forStaff() {
        return offers.all().stream().map(SupportOfferRow::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditableSupportOffer editable(long id) {
        return EditableSupportOffer.of(existing(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasOfferNamed(String name) {
        return offers.findByName(name).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> idOfOfferNamed(String name) {
        return offers.findByName(name).map(SupportOffer::id);
    }

    private SupportOffer existing(long id) {
        return offers.find(id).orElseThrow(() -> new SupportRejected(SupportRejected.Reason.NOT_FOUND, null,
                "support.rule.notFound"));
    }

    private static SupportRejected conflict() {
        return new SupportRejected(SupportRejected.Reason.CONFLICT, null, "support.rule.conflict");
    }

    private static SupportDetails detailsOf(SupportOfferForm form) {
        return new SupportDetails(form.category(), form.scope(), form.provider(), form.phone(), form.webAddress(),
                form.chatAddress(), form.streetAddress(), form.languages(), form.anonymousPossible());
    }

    private static SupportText swedishOf(SupportOfferForm form) {
        return textOf("sv.", form.swedish() == null ? SupportTextForm.empty() : form.swedish());
    }

    /** The English text, or null when staff left every English input blank. */
    private static SupportText englishOf(SupportOfferForm form) {
        return form.english() == null || form.english().isBlank() ? null : textOf("en.", form.english());
    }

    private void applyEnglish(SupportOffer offer, SupportText english) {
        if (english == null) {
            offer.removeTranslation(ENGLISH, clock.instant());
        } else {
            offer.translate(ENGLISH, english, clock.instant());
        }
    }

    private static SupportText textOf(String prefix, SupportTextForm text) {
        return SupportText.of(prefix, text.name(), text.forWhom(), text.whatHappens(), text.description(),
                text.openingHours());
    }

    private static <T> T checked(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (SupportRuleViolation violation) {
            throw new SupportRejected(SupportRejected.Reason.INVALID, violation.field(), violation.messageKey());
        }
    }
}
