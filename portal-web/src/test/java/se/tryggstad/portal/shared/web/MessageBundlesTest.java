package se.tryggstad.portal.shared.web;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.account.domain.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A key missing in one language shows up as an error page, so every key must exist in both. */
class MessageBundlesTest {

    private static final String BASE = "se.tryggstad.portal.i18n.messages";
    private static final String FOLDER = "/se/tryggstad/portal/i18n/";

    private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern KEY_IN_JAVA = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    @Test
    void englishAndSwedishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_sv.properties").stringPropertyNames()));
    }

    @Test
    void englishIsOnlyInTheBaseBundle() throws IOException {
        assertTrue(load("messages_en.properties").isEmpty(), "messages_en.properties only guards the fallback");
    }

    @Test
    void englishIsShownEvenWhenTheServerDefaultsToSwedish() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("sv-SE"));
            ResourceBundle.clearCache();
            assertEquals(load("messages.properties").getProperty("nav.support"),
                    ResourceBundle.getBundle(BASE, Locale.ENGLISH).getString("nav.support"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void noValueIsBlank() throws IOException {
        for (String file : Set.of("messages.properties", "messages_sv.properties")) {
            Properties messages = load(file);
            messages.stringPropertyNames().forEach(key ->
                    assertFalse(messages.getProperty(key).isBlank(), file + " has no text for " + key));
        }
    }

    @Test
    void textsWithPlaceholdersHaveNoApostropheThatMessageFormatWouldSwallow() throws IOException {
        for (String file : Set.of("messages.properties", "messages_sv.properties")) {
            Properties messages = load(file);
            messages.stringPropertyNames().stream()
                    .filter(key -> messages.getProperty(key).contains("{0}"))
                    .forEach(key -> assertFalse(messages.getProperty(key).contains("'"), file + ": " + key));
        }
    }

    @Test
    void everyKeyThePagesAndViewBeansUseExists() throws IOException {
        Set<String> known = load("messages_sv.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        used.addAll(keysIn(Path.of("src/main/webapp"), ".xhtml", KEY_IN_PAGE));
        used.addAll(keysIn(Path.of("src/main/java/se/tryggstad/portal"), "web", KEY_IN_JAVA));
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        used.removeAll(known);
        assertEquals(Set.of(), used, "keys used but missing in the bundles");
    }

    private static Set<String> keysIn(Path root, String marker, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                boolean page = marker.startsWith(".") && file.toString().endsWith(marker);
                boolean viewBean = !marker.startsWith(".") && file.getParent().endsWith(marker)
                        && file.toString().endsWith(".java");
                if (page || viewBean) {
                    Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        assertFalse(keys.isEmpty(), "found no keys under " + root);
        return keys;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(FOLDER + file)) {
            assertTrue(in != null, file + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
