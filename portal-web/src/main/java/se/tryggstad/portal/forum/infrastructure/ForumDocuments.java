package se.tryggstad.portal.forum.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.IndexDocument;

import se.tryggstad.portal.forum.domain.Forum;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every forum's searchable text (forums, actions, meetings, published summaries), for a rebuild of the search index. */
@ApplicationScoped
public class ForumDocuments implements DocumentSource {

    @Inject
    ForumRepository forums;

    @Inject
    WorkspaceRepository workspace;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<IndexDocument> allDocuments() {
        Map<Long, Forum> byId = forums.all().stream().collect(Collectors.toMap(Forum::id, forum -> forum));
        Stream<IndexDocument> forumDocuments = byId.values().stream().map(ForumIndexing::documentOf);
        Stream<IndexDocument> actions = workspace.allActions().stream().filter(action -> byId.containsKey(action.forumId()))
                .map(action -> WorkspaceIndexing.documentOf(action, byId.get(action.forumId())));
        Stream<IndexDocument> meetings = workspace.allMeetings().stream().filter(meeting -> byId.containsKey(meeting.forumId()))
                .flatMap(meeting -> WorkspaceIndexing.documentsOf(meeting, byId.get(meeting.forumId())).stream());
        return Stream.of(forumDocuments, actions, meetings).flatMap(documents -> documents).toList().stream();
    }
}
