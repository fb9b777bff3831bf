package se.tryggstad.portal.forum.workspace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.stream.Stream;

/** Every workspace item's searchable text, for a rebuild of the search index. */
@ApplicationScoped
public class WorkspaceDocuments implements DocumentSource {

    @Inject
    DocumentRepository documents;

    @Inject
    ThreadRepository threads;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<IndexDocument> allDocuments() {
        return Stream.concat(documents.all().stream().map(WorkspaceIndexing::documentOf),
                threads.all().stream().map(WorkspaceIndexing::threadOf));
    }
}
