package se.tryggstad.portal.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.search.lucene.TestDocuments.ANALYZERS;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalAnalyzersTest {

    @Test
    void compoundsAreIndexedWithTheirPartsAndKeepTheWholeWord() {
        assertEquals(List.of("brottsofferstod", "brott", "brottsoff", "off", "stod"), index("brottsofferstöd"));
        assertEquals(List.of("fritidsgard", "fritid", "gard"), index("fritidsgård"));
        assertEquals(List.of("foraldrastod", "foraldr", "stod"), index("föräldrastöd"));
    }

    @Test
    void aCompoundWithALinkingSMatchesItsPartsWrittenApart() {
        assertTrue(index("trygghetsvandring").containsAll(phrase("trygghets vandring")));
        assertTrue(index("brottsofferstöd").containsAll(phrase("stöd brottsoffer")));
        assertTrue(index("föräldrastöd").containsAll(phrase("stöd föräldrar")));
    }

    @Test
    void wordsWithoutSwedishLettersMatchTheSwedishSpelling() {
        assertEquals(index("fritidsgården"), index("fritidsgarden"));
        assertEquals(index("läxhjälp"), index("laxhjalp"));
        assertEquals(query("våld"), query("vald").subList(0, 1));
    }

    @Test
    void inflectionsShareAStem() {
        assertSameStem("lampa", "lampor", "lamporna", "lampan");
        assertSameStem("gata", "gatan", "gator", "gatorna");
        assertSameStem("handlingsplan", "handlingsplanen", "handlingsplaner");
        assertSameStem("kommun", "kommunen", "kommuner");
        assertSameStem("station", "stationen", "stationer");
        assertSameStem("torg", "torget", "torgen");
        assertSameStem("polis", "polisen", "poliser");
        assertSameStem("plats", "platsen", "platser");
        assertSameStem("remiss", "remissen", "remisser");
        assertSameStem("ungdom", "ungdomar", "ungdomarna");
        assertSameStem("brott", "brottet", "brotten");
    }

    @Test
    void stopWordsAreDropped() {
        assertEquals(List.of("slag", "hemm"), phrase("jag blir slagen hemma"));
    }

    @Test
    void queriesGetSynonymsAndTheIndexDoesNot() {
        assertTrue(query("klotter").contains("graffiti"));
        assertTrue(query("lamporna").contains("belysning"), "a rule fires for every inflection");
        assertTrue(query("kvinnojour").containsAll(List.of("skydd", "boend")));
        assertTrue(query("domestic violence").contains("vald"), "an English search finds Swedish pages");
        assertFalse(index("klotter").contains("graffiti"));
    }

    @Test
    void oneWayRulesDoNotWidenTheGeneralWord() {
        assertTrue(query("slagen").contains("vald"));
        assertFalse(query("våld").contains("slag"), "'våld' must not find every 'alla slags'");
    }

    @Test
    void multiWordRulesMatchAcrossStopWords() {
        assertTrue(query("våld i nära relationer").contains("familjevald"));
        assertTrue(query("hoppa av").contains("avhopp"));
    }

    @Test
    void synonymsCanBeReplacedFromAReaderWithoutTouchingIndexAnalysis() throws IOException {
        PortalAnalyzers custom = ANALYZERS.withSynonyms(new StringReader("cykel, velociped\n"));

        assertTrue(AnalyzedTerms.of(custom.swedishQuery(), "cykel").contains("velociped"));
        assertFalse(AnalyzedTerms.of(custom.swedishQuery(), "klotter").contains("graffiti"), "the old rules are gone");
        assertEquals(AnalyzedTerms.of(ANALYZERS.swedishIndex(), "cykelställ"), AnalyzedTerms.of(custom.swedishIndex(), "cykelställ"));
    }

    @Test
    void synonymsLoadFromAFile(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("synonyms.txt"), "# staff's own\nnattvandrare, vuxna ute på natten\n",
                StandardCharsets.UTF_8);

        PortalAnalyzers fromFile = PortalAnalyzers.builder().synonyms(file).build();

        assertTrue(AnalyzedTerms.of(fromFile.swedishQuery(), "nattvandrare").contains("natt"));
        assertEquals(List.of(), fromFile.rejectedSynonymRules());
    }

    @Test
    void aBadRuleCostsOnlyItsOwnLine() throws IOException {
        PortalAnalyzers custom = ANALYZERS.withSynonyms(new StringReader("klotter, graffiti\noch, att\nskräp, sopor\n"));

        assertEquals(1, custom.rejectedSynonymRules().stream().filter(rule -> rule.startsWith("sv line 2: och, att")).count(),
                custom.rejectedSynonymRules().toString());
        assertTrue(AnalyzedTerms.of(custom.swedishQuery(), "klotter").contains("graffiti"));
        assertTrue(AnalyzedTerms.of(custom.swedishQuery(), "skräp").containsAll(phrase("sopor")));
    }

    @Test
    void theCommittedRulesAllLoad() {
        assertEquals(List.of(), ANALYZERS.rejectedSynonymRules().stream().filter(rule -> rule.startsWith("sv")).toList());
    }

    @Test
    void englishIsStemmedTheEnglishWay() {
        assertEquals(List.of("youth", "centr"), AnalyzedTerms.of(ANALYZERS.englishIndex(), "the youth centres"));
        assertEquals(List.of("victim", "support"), AnalyzedTerms.of(ANALYZERS.englishIndex(), "victim's support"));
    }

    @Test
    void typedCompoundsSplitIntoTheirPartsInOrder() {
        CompoundSplitter splitter = ANALYZERS.compoundSplitter();

        assertEquals(List.of("brottsoffer", "stöd"), splitter.split("brottsofferstöd"));
        assertEquals(List.of("trygghet", "vandring"), splitter.split("trygghetsvandring"));
        assertEquals(List.of("fritids", "gårdarna"), splitter.split("fritidsgårdarna"));
        assertEquals(List.of(), splitter.split("polis"), "one part is no compound");
        assertEquals(List.of(), splitter.split("avhopparverksamhet"), "'verksamhet' is no known part");
    }

    private static void assertSameStem(String... forms) {
        List<String> expected = phrase(forms[0]);
        for (String form : forms) {
            assertEquals(expected, phrase(form), form + " vs " + forms[0]);
        }
    }

    private static List<String> index(String text) {
        return AnalyzedTerms.of(ANALYZERS.swedishIndex(), text);
    }

    private static List<String> query(String text) {
        return AnalyzedTerms.of(ANALYZERS.swedishQuery(), text);
    }

    private static List<String> phrase(String text) {
        return AnalyzedTerms.of(ANALYZERS.swedishPhrase(), text);
    }

}
