package se.tryggstad.portal.support.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.support.domain.SupportOffer;
import se.tryggstad.portal.support.infrastructure.SupportIndexing;
import se.tryggstad.portal.support.infrastructure.SupportOfferRepository;

import java.time.Clock;
import java.util.List;

/** Lists and publishes places to turn to; every change reaches search in the same transaction. */
@ApplicationScoped
@Transactional
public class SupportCatalogue {

    @Inject
    SupportOfferRepository offers;

    @Inject
    IndexingOutbox outbox;

    @Inject
    Clock clock;

    /** Adds an offer and shows it to residents at once. */
    public SupportOfferView publish(NewSupportOffer request) {
        SupportOffer offer = SupportOffer.draft(request.name(), request.category(), request.provider(),
                request.description(), request.phone(), request.webAddress(), request.anonymousPossible(),
                clock.instant());
        offer.publish(clock.instant());
        offers.add(offer);
        outbox.upsert(SupportIndexing.documentOf(offer));
        return SupportOfferView.of(offer);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportOfferView> published() {
        return offers.published().stream().map(SupportOfferView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasOfferNamed(String name) {
        return offers.findByName(name).isPresent();
    }
}
