package se.tryggstad.portal.forum.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.stream.Stream;

/** Every forum's searchable text, for a rebuild of the search index. */
@ApplicationScoped
public class ForumDocuments implements DocumentSource {

    @Inject
    ForumRepository forums;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<IndexDocument> allDocuments() {
        return forums.all().stream().map(ForumIndexing::documentOf);
    }
}
