package se.tryggstad.portal.bench.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.GeoPoint;
import se.tryggstad.portal.search.api.IndexDocument;

/**
 * Portal content made up from templates: residents' reports, support pages, activities, forum notes
 * and police remisser, in the domain's words (trygghet, belysning, klotter, fritidsgård, brottsofferstöd
 * …) with their inflections and compounds, in made-up areas and streets.
 *
 * <p>Document {@code n} depends only on {@code n} (each has its own random generator, seeded from
 * {@code n}): the output never changes between runs, and a smaller index holds the first documents of
 * a larger one. Documents are made one at a time as the stream is read, so a million of them never
 * sit in memory together.
 */
final class SyntheticDocuments {

    private static final long SEED = 0x7259_6753_7461_64L;
    private static final Instant OLDEST = Instant.parse("2024-01-01T00:00:00Z");
    private static final long UPDATED_SPAN_SECONDS = Duration.ofDays(2 * 365).toSeconds();
    /** Around a mid-sized Swedish town; a report or an activity has a place. */
    private static final double LATITUDE = 59.33;
    private static final double LONGITUDE = 18.06;
    private static final double GEO_SPREAD_DEGREES = 0.15;
    private static final int FORUMS = 40;

    /** How often each type occurs, in per cent; reports by residents dominate. */
    private static final Map<DocumentType, Integer> TYPE_SHARES = Map.of(
            DocumentType.REPORT, 40, DocumentType.ACTIVITY, 25, DocumentType.FORUM, 15,
            DocumentType.SUPPORT, 10, DocumentType.REMISS, 10);
    private static final List<DocumentType> TYPES_IN_DRAW_ORDER = List.of(
            DocumentType.REPORT, DocumentType.ACTIVITY, DocumentType.FORUM, DocumentType.SUPPORT, DocumentType.REMISS);
    private static final int ENGLISH_PER_CENT = 6;

    private static final Map<String, List<String>> SLOTS = Map.ofEntries(
            Map.entry("place", List.of("parken", "torget", "skolan", "skolgården", "fritidsgården", "busshållplatsen",
                    "gångtunneln", "lekplatsen", "tunnelbanestationen", "pendeltågsstationen", "idrottshallen",
                    "simhallen", "biblioteket", "parkeringen", "centrum", "strandpromenaden", "cykelbanan",
                    "gångvägen", "köpcentret", "fotbollsplanen", "förskolan", "trapphuset", "badplatsen",
                    "motionsspåret", "återvinningsstationen", "busskuren", "skogsdungen", "gymnasiet")),
            Map.entry("area", List.of("Björkhagen", "Ekbacken", "Lindängen", "Tallbacken", "Solhem", "Hagaby",
                    "Norrby", "Söderby", "Kvarnbyn", "Strandängen", "Ängsbacka", "Granhöjden", "Sjöviken", "Berga",
                    "Åsen", "Stenhagen", "Vallby", "Mossen", "Rönnäng", "Klövervik")),
            Map.entry("streetName", List.of("Ek", "Björk", "Lind", "Tall", "Gran", "Sjö", "Ängs", "Berg", "Kvarn",
                    "Hag", "Sol", "Moss", "Sten", "Vall", "Åker", "Lärk", "Rönn", "Hassel", "Alm", "Asp", "Vide",
                    "Häll", "Klöver", "Smed", "Skol", "Kyrk", "Bruks", "Hamn", "Torg", "Park")),
            Map.entry("streetKind", List.of("vägen", "gatan", "gången", "backen", "stigen", "allén", "plan", "slingan")),
            Map.entry("activity", List.of("fotboll", "innebandy", "basket", "dans", "musik", "läxhjälp", "simskola",
                    "film", "bakning", "gaming", "teater", "pingis", "konst", "boxning", "klättring", "schack")),
            Map.entry("since", List.of("förra veckan", "i höstas", "flera månader", "i somras", "början av månaden",
                    "jul", "sportlovet", "flera veckor")),
            Map.entry("weekday", List.of("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")),
            Map.entry("month", List.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                    "september", "oktober", "november", "december")),
            Map.entry("placeEn", List.of("the park", "the square", "the school", "the youth centre", "the bus stop",
                    "the underpass", "the playground", "the station", "the library", "the sports hall")),
            Map.entry("activityEn", List.of("football", "floorball", "dance", "music", "homework help", "swimming",
                    "film", "art", "chess", "climbing"))
    );

    /** Report titles, each after the category the resident chose (a facet and a tag). */
    private static final List<String> REPORT_TITLES = List.of(
            "belysning|Trasig belysning i {place} i {area}",
            "belysning|Släckt gatubelysning på {street}",
            "belysning|Gatlampan vid {place} är sönder",
            "belysning|Trasig lyktstolpe på {street}",
            "belysning|Mörkt och otryggt vid {place}",
            "klotter|Klotter vid {place} i {area}",
            "klotter|Nedklottrad busskur på {street}",
            "klotter|Klotter på fasaden på {street}",
            "skadegörelse|Krossad ruta vid {place}",
            "skadegörelse|Skadegörelse vid {place} i {area}",
            "skadegörelse|Trasigt staket vid {place}",
            "skadegörelse|Bränd papperskorg vid {place}",
            "nedskräpning|Nedskräpning i {place}",
            "nedskräpning|Mycket skräp runt {place} i {area}",
            "nedskräpning|Sprutor och glas vid {place}",
            "trafik|Fortkörning på {street}",
            "trafik|Mopeder kör fort vid {place}",
            "otrygghet|Otrygg gångtunnel i {area}",
            "otrygghet|Buskarna skymmer sikten vid {place}");
    private static final List<String> REPORT_SENTENCES = List.of(
            "Belysningen vid {place} har varit trasig sedan {since}.",
            "Det är helt mörkt på kvällarna och många känner sig otrygga när de går hem.",
            "Flera lampor längs gångvägen lyser inte.",
            "Gatubelysningen slocknar och tänds hela tiden.",
            "Någon har klottrat på väggarna igen, nu med stora svarta bokstäver.",
            "Klottret syns tydligt från {street} och har varit kvar sedan {since}.",
            "Det ligger mycket skräp, glassplitter och fimpar runt papperskorgarna.",
            "Papperskorgen vid {place} är full och soporna blåser ut på gräset.",
            "Barnen från skolan går här varje morgon och det känns inte tryggt.",
            "Buskarna har vuxit över gångvägen så att man inte ser vem som kommer.",
            "Jag har anmält det förut men ingenting har hänt.",
            "Kan kommunen laga lamporna innan det blir mörkt på eftermiddagarna?",
            "Ungdomar samlas här sent på kvällarna och det blir ofta stökigt.",
            "Rutan i busskuren är krossad och det ligger glas på marken.",
            "Bilar och mopeder kör alldeles för fort förbi förskolan.",
            "Staketet runt lekplatsen är trasigt och små barn kan springa ut på gatan.",
            "Det luktar brandrök och papperskorgen är helt förstörd.",
            "Felet finns på {street}, mittemot {place}.",
            "Skadegörelsen har blivit värre sedan {since}.",
            "Tack för snabb hjälp förra gången!");

    private static final List<String> SUPPORT_TITLES = List.of(
            "Brottsofferstöd i {area}",
            "Stöd till dig som har utsatts för brott",
            "Samtalsstöd för unga som har utsatts för våld",
            "Kvinnojouren i {area}: skyddat boende och rådgivning",
            "Föräldrastöd för dig som är orolig för ditt barn",
            "Stöd till anhöriga till brottsoffer",
            "Våld i nära relationer – här får du hjälp",
            "Vittnesstöd inför rättegången",
            "Krisstöd efter skjutningen i {area}",
            "Avhopparverksamhet: hjälp att lämna gäng",
            "Fältassistenterna i {area}",
            "Stöd och läxhjälp för unga i {area}");
    private static final List<String> SUPPORT_SENTENCES = List.of(
            "Brottsofferstödet i {area} erbjuder samtal och rådgivning för dig som har utsatts för brott.",
            "Stödet är gratis och vi har tystnadsplikt.",
            "Du behöver inte ha gjort en polisanmälan för att få stöd.",
            "Vi förklarar hur en rättegång går till och kan följa med dig till domstolen.",
            "Du som lever med våld i nära relationer kan få skyddat boende genom socialtjänsten.",
            "Ring oss på {weekday} mellan klockan 9 och 16 eller kom till mottagningen vid {place}.",
            "Våld kan vara fysiskt, psykiskt, sexuellt eller ekonomiskt.",
            "Barn som upplever våld i hemmet är också brottsoffer och har rätt till stöd.",
            "Föräldrastödet vänder sig till föräldrar med barn och ungdomar mellan 10 och 18 år.",
            "Fältassistenterna rör sig i {area} på kvällar och helger, där ungdomarna är.",
            "Den som vill lämna ett kriminellt nätverk kan få stöd med boende, skulder och arbete.",
            "Du kan vara anonym.",
            "Stödet finns också för vittnen och anhöriga.",
            "Kontakta oss via chatt eller telefon, eller besök oss på {street}.",
            "Om det är akut, ring alltid 112.",
            "Efter skjutningen i {area} finns krisstöd för boende, elever och personal.");

    private static final List<String> ACTIVITY_TITLES = List.of(
            "Sportlov på fritidsgården i {area}",
            "Sportlovsaktiviteter i {area}: {activity} och {activity}",
            "Nattvandring i {area} varje {weekday}",
            "Trygghetsvandring i {area} den {day} {month}",
            "Öppet hus på fritidsgården i {area}",
            "{activity} för unga vid {place}",
            "Evenemang på torget i {area}: marknad och musik",
            "Sommarlovsjobb för ungdomar i {area}",
            "Läxhjälp på biblioteket i {area}",
            "Familjedag i parken i {area}",
            "Simskola under sportlovet",
            "Tjejkväll på fritidsgården i {area}");
    private static final List<String> ACTIVITY_SENTENCES = List.of(
            "Under sportlovet har fritidsgården i {area} öppet varje dag mellan klockan 12 och 21.",
            "Vi erbjuder {activity}, {activity} och {activity} för alla mellan 13 och 17 år.",
            "Alla aktiviteter är gratis och du behöver inte anmäla dig i förväg.",
            "Nattvandrarna är vuxna som går runt i {area} på kvällarna för att göra det tryggare för ungdomar.",
            "Vill du bli nattvandrare? Anmäl dig till föreningen eller kom till träffen vid {place}.",
            "På trygghetsvandringen går boende, polisen, fastighetsägare och kommunen tillsammans genom området.",
            "Vi tittar på belysning, buskage, klotter och platser där många känner sig otrygga.",
            "Samling vid {place} klockan 18.",
            "Evenemanget passar hela familjen och det finns fika, musik och aktiviteter för barn.",
            "Fritidsledarna finns på plats och hjälper till med läxorna.",
            "Ta med inneskor och vattenflaska.",
            "Anmälan sker på plats eller via fritidsgårdens sida.",
            "Aktiviteten ordnas tillsammans med polisen och idrottsföreningarna i {area}.",
            "Välkommen på {weekday} den {day} {month}!");

    private static final List<String> FORUM_TITLES = List.of(
            "Samverkansforum {area}: lägesbild i {month}",
            "Protokoll från mötet i samverkansforum {area}",
            "Lägesbild från polisen i {area}",
            "Förslag om fler ordningsvakter vid {place}",
            "Trygghetsmätningen i {area}: resultat och åtgärder",
            "Handlingsplan för trygghet i {area}",
            "Platssamverkan kring {place} i {area}",
            "Belysning och klotter vid {place}: uppföljning");
    private static final List<String> FORUM_SENTENCES = List.of(
            "Polisen rapporterar färre inbrott men fler anmälningar om skadegörelse vid {place}.",
            "Fältassistenterna har sett fler unga vid {place} sent på kvällarna.",
            "Fastighetsägaren lovar att sanera klottret inom två veckor.",
            "Kommunen byter ut belysningen längs {street} i {month}.",
            "Skolan vill ha fler vuxna ute på rasterna.",
            "Trygghetsmätningen visar att många kvinnor känner sig otrygga i {area} på kvällen.",
            "Vi beslutade att genomföra en trygghetsvandring i {month}.",
            "Ordningsvakter finns vid {place} på fredags- och lördagskvällar.",
            "Nästa möte hålls på biblioteket i {area} den {day} {month}.",
            "Frågan om kameraövervakning tas upp med polisen.",
            "Föreningarna önskar fler lokaler för ungdomar.",
            "Åtgärderna följs upp i handlingsplanen.",
            "Deltagare: polisen, socialtjänsten, skolan, fritidsgården och bostadsbolaget.");

    private static final List<String> REMISS_TITLES = List.of(
            "Remiss: kameraövervakning vid {place} i {area}",
            "Remiss om tillstånd för evenemang på torget i {area}",
            "Polisens remiss om offentlig tillställning i {area}",
            "Remiss: ansökan om tillstånd för marknad i {area}",
            "Remissvar om ordningsvakter i {area}",
            "Yttrande över förslag till handlingsplan mot våld",
            "Remiss om lokala ordningsföreskrifter");
    private static final List<String> REMISS_SENTENCES = List.of(
            "Polisen har skickat en remiss till kommunen om kameraövervakning vid {place}.",
            "Kommunen ska lämna sitt yttrande senast den {day} {month}.",
            "Ansökan gäller ett evenemang med cirka {visitors} besökare på torget i {area}.",
            "Trygghetsenheten bedömer att kameraövervakning kan minska brott och otrygghet vid {place}.",
            "Synpunkter har hämtats in från skolan, fritidsgården och fastighetsägarna.",
            "Arrangören ansvarar för ordningsvakter, städning och avspärrningar.",
            "Kommunen tillstyrker ansökan under förutsättning att belysningen förbättras.",
            "Kommunen avstyrker förslaget eftersom det saknas en plan för trafiken.",
            "Remissen hanteras av säkerhetsavdelningen.",
            "Handlingarna finns hos registraturen.");

    private static final List<String> ENGLISH_REPORT_TITLES = List.of(
            "Broken street light near {placeEn} in {area}",
            "Graffiti at the bus stop on {street}",
            "Litter and broken glass at {placeEn}");
    private static final List<String> ENGLISH_REPORT_SENTENCES = List.of(
            "The street lights near {placeEn} have been broken since last week.",
            "It is completely dark in the evening and people feel unsafe walking home.",
            "Someone sprayed graffiti on the walls again.",
            "There is a lot of litter and broken glass around the bins.",
            "I reported this before but nothing has happened.");
    private static final List<String> ENGLISH_SUPPORT_TITLES = List.of(
            "Victim support in {area}",
            "Help for victims of domestic violence",
            "Support for parents who are worried about their children");
    private static final List<String> ENGLISH_SUPPORT_SENTENCES = List.of(
            "Victim support offers free and confidential counselling to anyone affected by crime.",
            "You do not need to have reported the crime to the police to get support.",
            "If you live with domestic violence, social services can arrange sheltered housing.",
            "Call us on {weekday} between 9 and 16, or visit us on {street}.",
            "In an emergency, always call 112.");
    private static final List<String> ENGLISH_ACTIVITY_TITLES = List.of(
            "Winter break at the youth centre in {area}",
            "Night walk in {area} every {weekday}",
            "{activityEn} for young people at {placeEn}");
    private static final List<String> ENGLISH_ACTIVITY_SENTENCES = List.of(
            "During the winter break the youth centre in {area} is open every day from 12 to 21.",
            "We offer {activityEn}, {activityEn} and {activityEn} for everyone aged 13 to 17.",
            "All activities are free and you do not need to sign up in advance.",
            "Night walkers are adults who walk around {area} in the evenings to make it safer for young people.",
            "Meet at {placeEn} at 18.");

    private static final Map<DocumentType, List<String>> TAGS = Map.of(
            DocumentType.SUPPORT, List.of("brottsofferstöd", "våld i nära relationer", "föräldrastöd", "ungdom",
                    "krisstöd", "vittnesstöd", "skyddat boende"),
            DocumentType.ACTIVITY, List.of("sportlov", "fritidsgård", "evenemang", "nattvandring",
                    "trygghetsvandring", "ungdom", "familj"),
            DocumentType.FORUM, List.of("samverkan", "lägesbild", "handlingsplan", "trygghetsmätning", "polis"),
            DocumentType.REMISS, List.of("remiss", "kameraövervakning", "tillstånd", "ordningsvakter", "evenemang"));

    private SyntheticDocuments() {
    }

    /** Documents 0 to {@code count - 1}, made as the stream is read. */
    static Stream<IndexDocument> first(long count) {
        return LongStream.range(0, count).mapToObj(SyntheticDocuments::document);
    }

    static IndexDocument document(long number) {
        // the golden-ratio multiplier spreads neighbouring numbers over all bits of the seed
        SplittableRandom random = new SplittableRandom(SEED ^ (number * 0x9E37_79B9_7F4A_7C15L));
        DocumentType type = drawType(random);
        boolean english = type != DocumentType.FORUM && type != DocumentType.REMISS
                && random.nextInt(100) < ENGLISH_PER_CENT;
        Written written = english ? writeEnglish(type, random) : writeSwedish(type, random);
        Set<Audience> audiences = audiences(type, random);
        GeoPoint geo = type == DocumentType.REPORT || type == DocumentType.ACTIVITY
                ? new GeoPoint(LATITUDE + spread(random), LONGITUDE + spread(random))
                : null;
        return new IndexDocument(type.id() + ":" + number, type.id(), written.title(), written.body(),
                english ? "en" : "sv", audiences, written.tags(), written.facets(), geo,
                "/" + type.id() + "/" + number,
                OLDEST.plusSeconds(random.nextLong(UPDATED_SPAN_SECONDS)), 1 + random.nextInt(5));
    }

    private record Written(String title, String body, List<String> tags, Map<String, String> facets) {
    }

    private static Written writeSwedish(DocumentType type, SplittableRandom random) {
        String area = pick(SLOTS.get("area"), random);
        return switch (type) {
            case REPORT -> {
                String[] categoryAndTitle = pick(REPORT_TITLES, random).split("\\|", 2);
                String category = categoryAndTitle[0];
                yield new Written(fill(categoryAndTitle[1], area, random), body(REPORT_SENTENCES, 2, 5, area, random),
                        List.of(category), Map.of("category", category, "area", area));
            }
            case SUPPORT -> new Written(fill(pick(SUPPORT_TITLES, random), area, random),
                    body(SUPPORT_SENTENCES, 4, 9, area, random), tags(type, random), Map.of("area", area));
            case ACTIVITY -> new Written(fill(pick(ACTIVITY_TITLES, random), area, random),
                    body(ACTIVITY_SENTENCES, 3, 7, area, random), tags(type, random), Map.of("area", area));
            case FORUM -> new Written(fill(pick(FORUM_TITLES, random), area, random),
                    body(FORUM_SENTENCES, 4, 10, area, random), tags(type, random), Map.of("area", area));
            case REMISS -> new Written(fill(pick(REMISS_TITLES, random), area, random),
                    body(REMISS_SENTENCES, 4, 9, area, random), tags(type, random), Map.of("area", area));
            case COURSE -> throw new IllegalArgumentException("the synthetic corpus has no course documents");
        };
    }

    private static Written writeEnglish(DocumentType type, SplittableRandom random) {
        String area = pick(SLOTS.get("area"), random);
        return switch (type) {
            case REPORT -> new Written(fill(pick(ENGLISH_REPORT_TITLES, random), area, random),
                    body(ENGLISH_REPORT_SENTENCES, 2, 4, area, random), List.of(), Map.of("area", area));
            case SUPPORT -> new Written(fill(pick(ENGLISH_SUPPORT_TITLES, random), area, random),
                    body(ENGLISH_SUPPORT_SENTENCES, 3, 5, area, random), List.of("victim support"), Map.of("area", area));
            case ACTIVITY -> new Written(fill(pick(ENGLISH_ACTIVITY_TITLES, random), area, random),
                    body(ENGLISH_ACTIVITY_SENTENCES, 3, 5, area, random), List.of("winter break"), Map.of("area", area));
            case FORUM, REMISS, COURSE -> throw new IllegalArgumentException("no English " + type.id() + " documents");
        };
    }

    private static DocumentType drawType(SplittableRandom random) {
        int draw = random.nextInt(100);
        for (DocumentType type : TYPES_IN_DRAW_ORDER) {
            draw -= TYPE_SHARES.get(type);
            if (draw < 0) {
                return type;
            }
        }
        throw new IllegalStateException("the type shares do not add up to 100");
    }

    /**
     * Mostly PUBLIC: forum notes belong to one forum's members (some are published), remisser are
     * mostly for staff, and a few reports are kept to staff (they name a private address).
     */
    private static Set<Audience> audiences(DocumentType type, SplittableRandom random) {
        int draw = random.nextInt(100);
        return switch (type) {
            case FORUM -> draw < 25 ? Set.of(Audience.PUBLIC)
                    : draw < 35 ? Set.of(Audience.STAFF, forum(random))
                    : Set.of(forum(random));
            case REMISS -> draw < 40 ? Set.of(Audience.PUBLIC) : Set.of(Audience.STAFF);
            case REPORT -> draw < 8 ? Set.of(Audience.STAFF) : Set.of(Audience.PUBLIC);
            case SUPPORT, ACTIVITY, COURSE -> Set.of(Audience.PUBLIC);
        };
    }

    private static Audience forum(SplittableRandom random) {
        return Audience.forum(1 + random.nextInt(FORUMS));
    }

    private static List<String> tags(DocumentType type, SplittableRandom random) {
        List<String> candidates = TAGS.get(type);
        Set<String> tags = new LinkedHashSet<>();
        int wanted = 1 + random.nextInt(3);
        while (tags.size() < wanted) {
            tags.add(pick(candidates, random));
        }
        return List.copyOf(tags);
    }

    /** Between {@code fewest} and {@code most} different sentences, in random order. */
    private static String body(List<String> sentences, int fewest, int most, String area, SplittableRandom random) {
        int count = fewest + random.nextInt(most - fewest + 1);
        List<String> remaining = new ArrayList<>(sentences);
        List<String> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(fill(remaining.remove(random.nextInt(remaining.size())), area, random));
        }
        return String.join(" ", chosen);
    }

    /**
     * The template with its {@code {slots}} filled; {@code {area}} is the document's one area, every
     * other slot is drawn anew at each occurrence.
     */
    private static String fill(String template, String area, SplittableRandom random) {
        StringBuilder text = new StringBuilder(template.length() + 32);
        int position = 0;
        while (position < template.length()) {
            int open = template.indexOf('{', position);
            if (open < 0) {
                text.append(template, position, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            text.append(template, position, open);
            text.append(slot(template.substring(open + 1, close), area, random));
            position = close + 1;
        }
        // a slot may open a title ("{activity} för unga …")
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return text.toString();
    }

    private static String slot(String name, String area, SplittableRandom random) {
        return switch (name) {
            case "area" -> area;
            case "street" -> pick(SLOTS.get("streetName"), random) + pick(SLOTS.get("streetKind"), random)
                    + " " + (1 + random.nextInt(120));
            case "day" -> String.valueOf(1 + random.nextInt(28));
            case "visitors" -> String.valueOf(100 * (2 + random.nextInt(60)));
            default -> {
                List<String> values = SLOTS.get(name);
                if (values == null) {
                    throw new IllegalArgumentException("no slot {" + name + "}");
                }
                yield pick(values, random);
            }
        };
    }

    private static double spread(SplittableRandom random) {
        return (random.nextDouble() - 0.5) * GEO_SPREAD_DEGREES;
    }

    private static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
