package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportService;
import se.tryggstad.portal.report.application.Submitted;
import se.tryggstad.portal.report.domain.ReportDraft;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.report.domain.UnsafeTime;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * 180 made-up trygghetsrapporter at real places in Solna, spread over the past year, with statuses
 * and public answers that follow their age, so lists and the lägesbild have something to show.
 * Anonymous (no contact details, so no mail). Seeded randomness: the same content every time. Loaded
 * once, through the application service.
 */
@Singleton
@Startup
@DependsOn("DemoContent")
public class ReportDemoContent {

    private static final Logger LOG = Logger.getLogger(ReportDemoContent.class.getName());
    private static final int REPORTS = 180;
    private static final String HANDLER = "demo-handlaggare";

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    ReportService reports;

    @Inject
    ReportQueries queries;

    @Inject
    Clock clock;

    /** An area and spots in it; coordinates are the area's centre, spots lie within ~200 m. */
    private record Area(String name, double latitude, double longitude, List<String> spots) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("Solna centrum", 59.3600, 18.0003, List.of("Gångtunneln vid Solna centrum",
                    "Busshållplatsen Solna centrum", "Parkeringshuset vid Solna centrum", "Solna torg")),
            new Area("Hagalund", 59.3630, 18.0150, List.of("Gångvägen mellan blå husen i Hagalund",
                    "Lekplatsen på Hagalundsgatan", "Hagalunds industriområde, Kolonnvägen")),
            new Area("Råsunda", 59.3630, 17.9970, List.of("Råsunda torg", "Råsundavägen vid Filmstaden",
                    "Trappan ner mot Råstasjön", "Gångstigen runt Råstasjön")),
            new Area("Bergshamra", 59.3806, 18.0363, List.of("Bergshamra centrum", "Tunnelbaneuppgången Bergshamra",
                    "Gångbron över Bergshamravägen", "Stigen mot Bergshamraskogen")),
            new Area("Huvudsta", 59.3496, 17.9862, List.of("Huvudsta centrum", "Huvudsta strand, strandpromenaden",
                    "Gångtunneln under Huvudstaleden", "Busshållplatsen Huvudsta gård")),
            new Area("Ulriksdal", 59.3805, 18.0010, List.of("Ulriksdals pendeltågsstation", "Gångvägen vid Ulriksdals station",
                    "Cykelparkeringen vid Ulriksdal")),
            new Area("Frösunda", 59.3705, 18.0190, List.of("Frösunda torg", "Gångtunneln under E4 vid Frösunda",
                    "Frösundaleden vid busshållplatsen")),
            new Area("Arenastaden", 59.3705, 18.0040, List.of("Arenastadens torg", "Gångvägen vid Strawberry Arena",
                    "Entrén till Mall of Scandinavia", "Pendeltågsuppgången Solna station")),
            new Area("Skytteholm", 59.3578, 18.0165, List.of("Skytteholmsparken", "Gångvägen i Skytteholmsparken",
                    "Skytteholmsvägen vid busshållplatsen")),
            new Area("Näckrosen", 59.3665, 17.9850, List.of("Tunnelbaneuppgången Näckrosen", "Näckrosparken")),
            new Area("Västra skogen", 59.3474, 18.0038, List.of("Tunnelbanan Västra skogen", "Gångvägen vid Västra skogen")),
            new Area("Järvastaden", 59.3875, 17.9935, List.of("Järvastaden, gångvägen mot Igelbäcken",
                    "Järvafältet vid Järvastaden")));

    private static final Map<String, List<String>> TEXTS = Map.of(
            "belysning", List.of("Flera lampor är släckta, det är helt mörkt på kvällen.",
                    "Gatubelysningen blinkar och slocknar ibland.", "En lyktstolpe är nedkörd och lyser inte."),
            "klotter", List.of("Mycket klotter på väggen, kommer tillbaka efter sanering.",
                    "Klotter med kränkande text på elskåpet.", "Nyklottrat på busskuren."),
            "nedskrapning", List.of("Papperskorgarna är överfulla och skräp blåser runt.",
                    "Någon har dumpat en madrass och säckar.", "Mycket glas på marken, farligt för barn och hundar."),
            "skadegorelse", List.of("Sönderslagen glasruta i busskuren.", "Gungan på lekplatsen är trasig.",
                    "Bänken är sönderbruten."),
            "otrygg-plats", List.of("Skymd plats med buskar, känns otryggt att gå här ensam på kvällen.",
                    "Grupper samlas och det är stökigt sent på kvällen.", "Dålig sikt och inga människor i rörelse efter mörkrets inbrott."),
            "olovlig-bosattning", List.of("Tält uppsatt i skogsdungen sedan flera veckor.",
                    "Någon verkar bo i det övergivna skjulet."),
            "ovrigt", List.of("Trasigt staket mot vattnet.", "Skylten som visar vägen är borta, svårt att hitta."));

    private static final List<String> CATEGORIES = List.of("belysning", "belysning", "klotter", "nedskrapning",
            "nedskrapning", "skadegorelse", "otrygg-plats", "otrygg-plats", "olovlig-bosattning", "ovrigt");

    /** A status change of a demo report. */
    record Step(ReportStatus status, String publicAnswer, Instant at) {
    }

    /** A demo report: what was sent, when, and what the city did. */
    record DemoReport(ReportDraft draft, Instant created, List<Step> steps) {
    }

    /**
     * Outside a transaction: each service call commits on its own, as a resident's report does. A new
     * report is written at its commit, so the status changes that follow must find it committed.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadOnce() {
        if (!enabled || queries.list(ReportFilter.of(null, null, 0, 1), "sv").total() > 0) {
            return;
        }
        for (DemoReport demo : reports(clock.instant())) {
            Submitted submitted = reports.submitAsOf(demo.draft(), demo.created());
            for (Step step : demo.steps()) {
                reports.changeStatusAsOf(submitted.id(), step.status(), step.publicAnswer(), HANDLER, step.at());
            }
        }
        LOG.info("Demo trygghetsrapporter created.");
    }

    /** The same reports every time for the same {@code now}. */
    static List<DemoReport> reports(Instant now) {
        Random random = new Random(2026);
        List<DemoReport> demo = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            Area area = AREAS.get(random.nextInt(AREAS.size()));
            String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            List<String> texts = TEXTS.get(category);
            Instant created = now.minus(Duration.ofMinutes(60L * 24 * 3 + random.nextInt(60 * 24 * 360)));
            ReportDraft draft = new ReportDraft(category, area.latitude() + (random.nextDouble() - 0.5) * 0.0036,
                    area.longitude() + (random.nextDouble() - 0.5) * 0.007,
                    area.spots().get(random.nextInt(area.spots().size())), texts.get(random.nextInt(texts.size())),
                    unsafeTimes(category, random), unsafeDays(random), null, null, false, "sv");
            demo.add(new DemoReport(draft, created, steps(created, now, random)));
        }
        return demo;
    }

    /** Older reports have come further; a few are still new. */
    private static List<Step> steps(Instant created, Instant now, Random random) {
        List<Step> steps = new ArrayList<>();
        long ageDays = Duration.between(created, now).toDays();
        Instant at = created.plus(Duration.ofHours(4 + random.nextInt(44)));
        if (ageDays < 7 && random.nextBoolean()) {
            return steps;
        }
        steps.add(new Step(ReportStatus.MOTTAGEN, "Tack, vi har tagit emot rapporten.", at));
        if (ageDays < 20) {
            return steps;
        }
        int outcome = random.nextInt(10);
        at = at.plus(Duration.ofDays(2 + random.nextInt(10)));
        if (outcome < 2) {
            steps.add(new Step(ReportStatus.PLANERAD, "Åtgärden är planerad och görs inom några veckor.", at));
        } else if (outcome < 7) {
            steps.add(new Step(ReportStatus.ATGARDAD, "Nu är det åtgärdat. Tack för att du hörde av dig!", at));
            if (ageDays > 60) {
                steps.add(new Step(ReportStatus.AVSLUTAD, null, at.plus(Duration.ofDays(7))));
            }
        } else if (outcome < 8) {
            steps.add(new Step(ReportStatus.POLISEN,
                    "Vi har lämnat uppgifterna till polisen, som ansvarar för den här frågan.", at));
        } else {
            steps.add(new Step(ReportStatus.EJ_ATGARD,
                    "Platsen sköts inte av kommunen. Vi har meddelat fastighetsägaren.", at));
        }
        return steps;
    }

    private static Set<UnsafeTime> unsafeTimes(String category, Random random) {
        if ("belysning".equals(category) || "otrygg-plats".equals(category)) {
            return random.nextBoolean() ? EnumSet.of(UnsafeTime.KVALL, UnsafeTime.NATT) : EnumSet.of(UnsafeTime.KVALL);
        }
        return random.nextInt(3) == 0 ? EnumSet.of(UnsafeTime.values()[random.nextInt(4)]) : Set.of();
    }

    private static Set<DayOfWeek> unsafeDays(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
            case 1 -> EnumSet.allOf(DayOfWeek.class);
            default -> Set.of();
        };
    }
}
