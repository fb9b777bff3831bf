package se.tryggstad.portal.bench.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.Viewer;

/**
 * The searches residents and staff type, made up deterministically (a fixed seed): one to three
 * words of the domain, some with a typo, some with the last word half typed, some quoted phrases.
 * The same mix for every index size.
 */
final class QueryMix {

    /** What kind of text a query is; the share of each is fixed. */
    enum Kind {
        WORDS("words", 55),
        TYPO("with a typo", 15),
        PREFIX("half-typed last word", 15),
        PHRASE("quoted phrase", 15);

        final String description;
        final int perCent;

        Kind(String description, int perCent) {
            this.description = description;
            this.perCent = perCent;
        }
    }

    /** One search of the mix. */
    record BenchmarkQuery(String text, Viewer viewer, Kind kind) {

        boolean byStaff() {
            return viewer.audiences().contains(Audience.STAFF);
        }
    }

    private static final long SEED = 0x5175_6572_7953_76L;
    private static final int STAFF_PER_CENT = 20;
    private static final int TYPOGRAPHIC_QUOTES_PER_CENT = 20;
    private static final int MIN_TYPO_WORD_LENGTH = 6;
    private static final int MIN_PREFIX_LENGTH = 4;

    /** As residents type them: lower case, inflected, compounds, a few area names and English words. */
    private static final List<String> WORDS = List.of(
            "trygghet", "otryggt", "otrygg", "belysning", "gatubelysning", "lampa", "lamporna", "trasig", "mörkt",
            "klotter", "klottrat", "fritidsgård", "fritidsgården", "fritidsgårdar", "brottsofferstöd", "brottsoffer",
            "våld", "stöd", "park", "parken", "torg", "torget", "skola", "skolan", "ungdom", "ungdomar", "sportlov",
            "sportlovet", "polis", "polisen", "remiss", "remissen", "evenemang", "nattvandring", "trygghetsvandring",
            "skräp", "nedskräpning", "skadegörelse", "busshållplats", "busskur", "gångtunnel", "kameraövervakning",
            "ordningsvakter", "föräldrastöd", "kvinnojour", "skyddat", "boende", "läxhjälp", "fotboll", "marknad",
            "tillstånd", "lägesbild", "samverkansforum", "handlingsplan", "inbrott", "krisstöd", "fältassistenter",
            "lekplats", "simskola", "papperskorg", "staket", "fortkörning", "rättegång", "vittne", "anhöriga",
            "björkhagen", "ekbacken", "lindängen", "sjöviken", "stenhagen", "kvarnbyn",
            "graffiti", "victim", "support", "youth", "centre", "street", "light");

    /** Word sequences that occur in the documents, for quoting. */
    private static final List<String> PHRASES = List.of(
            "trasig belysning", "våld i nära relationer", "skyddat boende", "öppet hus", "sent på kvällarna",
            "lägesbild från polisen", "känner sig otrygga", "kameraövervakning vid", "sportlov på fritidsgården",
            "mycket skräp", "brottsofferstöd", "trygghetsvandring i", "fler ordningsvakter", "nattvandring",
            "victim support", "street light");

    private static final String TYPO_LETTERS = "aeiouylnrstkm";

    private QueryMix() {
    }

    static List<BenchmarkQuery> of(int count) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> typoWords = WORDS.stream().filter(word -> word.length() >= MIN_TYPO_WORD_LENGTH).toList();
        List<BenchmarkQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = drawKind(random);
            Viewer viewer = random.nextInt(100) < STAFF_PER_CENT ? Viewer.staff() : Viewer.anonymous();
            String text = switch (kind) {
                case WORDS -> String.join(" ", distinctWords(1 + random.nextInt(3), random));
                case TYPO -> withTypo(typoWords, random);
                case PREFIX -> halfTyped(typoWords, random);
                case PHRASE -> quoted(random);
            };
            queries.add(new BenchmarkQuery(text, viewer, kind));
        }
        return Collections.unmodifiableList(queries);
    }

    static Map<Kind, Integer> countByKind(List<BenchmarkQuery> queries) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (BenchmarkQuery query : queries) {
            counts.merge(query.kind(), 1, Integer::sum);
        }
        return counts;
    }

    private static Kind drawKind(SplittableRandom random) {
        int draw = random.nextInt(100);
        for (Kind kind : Kind.values()) {
            draw -= kind.perCent;
            if (draw < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("the kinds' shares do not add up to 100");
    }

    private static List<String> distinctWords(int count, SplittableRandom random) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < count) {
            words.add(pick(WORDS, random));
        }
        return new ArrayList<>(words);
    }

    /** One or two words, one of them misspelled (never in its first letter, as on a phone). */
    private static String withTypo(List<String> typoWords, SplittableRandom random) {
        String misspelled = misspell(pick(typoWords, random), random);
        if (random.nextBoolean()) {
            return misspelled;
        }
        String other = pick(WORDS, random);
        return random.nextBoolean() ? other + " " + misspelled : misspelled + " " + other;
    }

    private static String misspell(String word, SplittableRandom random) {
        while (true) {
            int at = 1 + random.nextInt(word.length() - 2);
            String misspelled = switch (random.nextInt(4)) {
                case 0 -> word.substring(0, at) + word.substring(at + 1);
                case 1 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                case 2 -> word.substring(0, at) + TYPO_LETTERS.charAt(random.nextInt(TYPO_LETTERS.length()))
                        + word.substring(at + 1);
                default -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            };
            if (!misspelled.equals(word)) {
                return misspelled;
            }
        }
    }

    /** Search as you type: maybe a whole word, then the start of the next. */
    private static String halfTyped(List<String> typoWords, SplittableRandom random) {
        String word = pick(typoWords, random);
        String prefix = word.substring(0, MIN_PREFIX_LENGTH + random.nextInt(word.length() - MIN_PREFIX_LENGTH - 1));
        return random.nextBoolean() ? prefix : pick(WORDS, random) + " " + prefix;
    }

    /** A phrase in straight or (as phones type them) typographic quotes, sometimes with a free word. */
    private static String quoted(SplittableRandom random) {
        String phrase = pick(PHRASES, random);
        String text = random.nextInt(100) < TYPOGRAPHIC_QUOTES_PER_CENT
                ? "\u201d" + phrase + "\u201d"
                : "\"" + phrase + "\"";
        return random.nextInt(10) < 3 ? text + " " + pick(WORDS, random) : text;
    }

    private static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
