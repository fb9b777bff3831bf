package se.tryggstad.portal.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without it RESTEasy builds a new {@code Jsonb} to read and
 * another to write each body, and Yasson then looks up its providers and the CDI bean manager and
 * learns each record's shape again: most of the CPU time of a report POST (bench/README.md).
 * {@code Jsonb} is thread-safe and meant to be shared.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
