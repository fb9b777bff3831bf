package se.tryggstad.portal.search.lucene;

import java.util.Objects;

import se.tryggstad.portal.search.api.IndexDocument;

/** One change to apply to the index: a document to add or replace, or a uid to delete. */
public sealed interface IndexChange {

    String uid();

    /** The source's version; a change older than what the index holds for the uid is skipped. */
    long version();

    static IndexChange upsert(IndexDocument document) {
        return new Upsert(document);
    }

    static IndexChange delete(String uid, long version) {
        return new Delete(uid, version);
    }

    record Upsert(IndexDocument document) implements IndexChange {

        public Upsert {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String uid() {
            return document.uid();
        }

        @Override
        public long version() {
            return document.version();
        }
    }

    record Delete(String uid, long version) implements IndexChange {

        public Delete {
            Objects.requireNonNull(uid, "uid");
        }
    }
}
