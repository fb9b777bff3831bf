package se.tryggstad.portal.course.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.course.domain.CourseGroup;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.stream.Stream;

/** Every published course group in each of its languages, for a rebuild of the search index. */
@ApplicationScoped
public class CourseDocuments implements DocumentSource {

    @Inject
    CourseRepository groups;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<IndexDocument> allDocuments() {
        return groups.published().stream().filter(CourseGroup::isPublished)
                .flatMap(group -> CourseIndexing.documentsOf(group).stream());
    }
}
