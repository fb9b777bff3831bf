package se.tryggstad.portal.search.internal;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The JSON form of an {@link IndexDocument} in the outbox. */
@ApplicationScoped
public class OutboxPayloads {

    private final Jsonb jsonb = JsonbBuilder.create();

    String write(IndexDocument document) {
        return jsonb.toJson(document);
    }

    IndexDocument read(String payload) {
        return jsonb.fromJson(payload, IndexDocument.class);
    }

    /** Lifecycle callbacks may not throw checked exceptions. */
    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            Logger.getLogger(OutboxPayloads.class.getName()).log(Level.FINE, "JSON-B did not close cleanly", e);
        }
    }
}
