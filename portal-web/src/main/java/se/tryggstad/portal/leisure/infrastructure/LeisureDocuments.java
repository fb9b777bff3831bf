package se.tryggstad.portal.leisure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.leisure.domain.ActivityStatus;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.stream.Stream;

/** Every approved activity in its languages, for a rebuild of the search index. */
@ApplicationScoped
public class LeisureDocuments implements DocumentSource {

    @Inject
    ActivityRepository activities;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<IndexDocument> allDocuments() {
        return activities.withStatus(ActivityStatus.APPROVED).stream()
                .flatMap(activity -> LeisureIndexing.documentsOf(activity).stream());
    }
}
