package se.tryggstad.portal.finder;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.search.api.DocumentType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keys search builds at run time, which the page scan of MessageBundlesTest cannot see. */
class FinderMessagesTest {

    @Test
    void everyBuiltKeyExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        Arrays.stream(DocumentType.values()).forEach(type -> keys.add("search.type." + type.id()));
        for (String parameter : List.of("q", "type", "page", "size", "typ", "sida")) {
            keys.add(new SearchParameters.Invalid(parameter, List.of()).messageKey());
        }
        for (String file : List.of("messages.properties", "messages_sv.properties")) {
            Properties messages = load(file);
            keys.forEach(key -> assertTrue(messages.containsKey(key), file + " lacks " + key));
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FinderMessagesTest.class.getResourceAsStream("/se/tryggstad/portal/i18n/" + file)) {
            assertNotNull(in, file);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
