package se.tryggstad.portal.finder;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.search.api.DocumentType;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchParametersTest {

    private final SearchParameters parameters = new SearchParameters();

    @Test
    void textIsStrippedAndMissingTextIsEmpty() {
        assertEquals("trasig lampa", parameters.text("q", "  trasig lampa\n", 1000));
        assertEquals("", parameters.text("q", null, 1000));
        assertTrue(parameters.allValid());
    }

    @Test
    void textMayBeAsLongAsTheLimitButNoLonger() {
        assertEquals(1000, parameters.text("q", "a".repeat(1000), 1000).length());
        assertTrue(parameters.allValid());

        assertEquals("", parameters.text("q", "a".repeat(1001), 1000));
        assertEquals(List.of(new SearchParameters.Invalid("q", List.of(1000))), parameters.invalid());
    }

    @Test
    void searchSyntaxIsJustText() {
        String odd = "title:x AND (\"unclosed *? ~2 \\ <script>";
        assertEquals(odd, parameters.text("q", odd, 1000));
        assertTrue(parameters.allValid());
    }

    @Test
    void typesAreReadFromRepeatedOrCommaSeparatedIds() {
        assertEquals(Set.of(DocumentType.SUPPORT, DocumentType.FORUM, DocumentType.REMISS),
                parameters.types("type", List.of("support,forum", " Remiss ", "")));
        assertEquals(Set.of(), parameters.types("type", null));
        assertEquals(Set.of(), parameters.types("type", List.of()));
        assertTrue(parameters.allValid());
    }

    @Test
    void everyTypeIsKnownByItsId() {
        Arrays.stream(DocumentType.values()).forEach(type ->
                assertEquals(Set.of(type), parameters.types("type", List.of(type.id()))));
        assertTrue(parameters.allValid());
    }

    @Test
    void anUnknownTypeIsReportedAndFiltersNothing() {
        assertEquals(Set.of(), parameters.types("typ", List.of("support", "weapons")));
        assertEquals(List.of("typ"), names(parameters));
    }

    @Test
    void aMissingNumberIsTheFallback() {
        assertEquals(10, parameters.number("size", null, 10, 1, 50));
        assertEquals(10, parameters.number("size", " ", 10, 1, 50));
        assertTrue(parameters.allValid());
    }

    @Test
    void numbersAreReadWithinTheirLimits() {
        assertEquals(1, parameters.number("size", "1", 10, 1, 50));
        assertEquals(50, parameters.number("size", " 50 ", 10, 1, 50));
        assertTrue(parameters.allValid());
    }

    @Test
    void aWrongNumberIsReportedWithItsLimits() {
        for (String wrong : List.of("0", "51", "-1", "abc", "1.5", "2e3", "99999999999", "0x10")) {
            SearchParameters checked = new SearchParameters();
            assertEquals(10, checked.number("size", wrong, 10, 1, 50), wrong);
            assertEquals(List.of(new SearchParameters.Invalid("size", List.of(1, 50))), checked.invalid(), wrong);
        }
    }

    @Test
    void everyWrongParameterIsReported() {
        parameters.text("q", "x".repeat(2000), 1000);
        parameters.types("type", List.of("nope"));
        parameters.number("page", "x", 0, 0, 100);
        parameters.number("size", "500", 10, 1, 50);
        assertEquals(List.of("q", "type", "page", "size"), names(parameters));
    }

    @Test
    void eachParameterIsExplainedByItsOwnText() {
        assertEquals("search.invalid.sida", new SearchParameters.Invalid("sida", List.of(1, 101)).messageKey());
        assertEquals(List.of(1, 101),
                List.of(new SearchParameters.Invalid("sida", List.of(1, 101)).messageArguments()));
    }

    private static List<String> names(SearchParameters parameters) {
        return parameters.invalid().stream().map(SearchParameters.Invalid::parameter).toList();
    }
}
