package se.tryggstad.portal.search.lucene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.Viewer;

/**
 * The committed relevance corpus and judged queries ({@code src/test/resources/relevance}), in a small
 * line-based format read here, so that tests need no JSON library.
 */
final class TestCorpus {

    private static final Instant FIRST_UPDATE = Instant.parse("2025-01-15T08:00:00Z");

    /** A judged query: the text, the uids a reader wants to see, and who searches. */
    record JudgedQuery(String text, Set<String> relevant, Viewer viewer, String viewerName) {
    }

    private TestCorpus() {
    }

    static List<IndexDocument> documents() {
        List<IndexDocument> documents = new ArrayList<>();
        List<String> lines = lines("/relevance/corpus.txt");
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!line.startsWith("=== ")) {
                i++;
                continue;
            }
            String uid = line.substring(4).strip();
            Map<String, String> header = new HashMap<>();
            i++;
            while (i < lines.size() && !lines.get(i).isBlank()) {
                String field = lines.get(i);
                int colon = field.indexOf(':');
                header.put(field.substring(0, colon).strip(), field.substring(colon + 1).strip());
                i++;
            }
            StringBuilder body = new StringBuilder();
            while (i < lines.size() && !lines.get(i).startsWith("=== ") && !lines.get(i).startsWith("# ---")) {
                body.append(lines.get(i)).append('\n');
                i++;
            }
            documents.add(new IndexDocument(uid, header.get("type"), header.get("title"),
                    body.toString().strip().replace('\n', ' '), header.get("language"),
                    split(header.get("audiences"), ",").stream().map(Audience::of).collect(Collectors.toSet()),
                    split(header.getOrDefault("tags", ""), ";"), Map.of(), null, header.get("url"),
                    FIRST_UPDATE.plus(documents.size(), ChronoUnit.HOURS), 1));
        }
        return documents;
    }

    static List<JudgedQuery> queries() {
        List<JudgedQuery> queries = new ArrayList<>();
        for (String line : lines("/relevance/queries.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            String viewerName = parts.length > 2 ? parts[2].strip() : "anonymous";
            queries.add(new JudgedQuery(parts[0].strip(), new LinkedHashSet<>(split(parts[1], ",")),
                    viewer(viewerName), viewerName));
        }
        return queries;
    }

    private static Viewer viewer(String name) {
        if (name.equals("anonymous")) {
            return Viewer.anonymous();
        }
        if (name.equals("staff")) {
            return Viewer.staff();
        }
        if (name.startsWith("forum:")) {
            return new Viewer(Set.of(Audience.forum(Long.parseLong(name.substring("forum:".length())))));
        }
        throw new IllegalArgumentException("unknown viewer " + name);
    }

    private static List<String> split(String values, String separator) {
        return Arrays.stream(values.split(separator)).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static List<String> lines(String resource) {
        InputStream stream = TestCorpus.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
