package se.tryggstad.portal.remiss.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.stream.Stream;

/** Every remiss, for a rebuild of the search index. */
@ApplicationScoped
public class RemissDocuments implements DocumentSource {

    @Inject
    RemissRepository remisser;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<IndexDocument> allDocuments() {
        return remisser.all().stream().map(RemissIndexing::documentOf).toList().stream();
    }
}
