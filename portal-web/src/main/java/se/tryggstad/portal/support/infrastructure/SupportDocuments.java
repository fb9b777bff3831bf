package se.tryggstad.portal.support.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.stream.Stream;

/** Every published support offer in each indexed language, for a rebuild of the search index. */
@ApplicationScoped
public class SupportDocuments implements DocumentSource {

    @Inject
    SupportOfferRepository offers;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<IndexDocument> allDocuments() {
        return offers.published().stream().flatMap(offer -> SupportIndexing.documentsOf(offer).stream());
    }
}
