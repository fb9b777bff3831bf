package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountService;
import se.tryggstad.portal.account.application.NewAccount;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.remiss.application.Registered;
import se.tryggstad.portal.remiss.application.RemissQueries;
import se.tryggstad.portal.remiss.application.RemissService;
import se.tryggstad.portal.remiss.domain.Forvaltning;
import se.tryggstad.portal.remiss.domain.RemissApplication;
import se.tryggstad.portal.remiss.domain.RemissStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import static se.tryggstad.portal.remiss.domain.RemissStatus.*;

/**
 * 15 made-up remisser in every state of the workflow, dated around today so that the dashboard has overdue, today's
 * and this week's: among them a large concert at Strawberry Arena with alcohol (its crowd lowered during handling),
 * a Christmas market on park land, a running race with road closures and one of the city's own events. A second
 * remiss handler ({@code granskare}) reviews what {@code handlaggare} proposes. Loaded once, through the services;
 * no mail is sent.
 */
@Singleton
@Startup
@DependsOn("DemoContent")
public class RemissDemoContent {

    private static final Logger LOG = Logger.getLogger(RemissDemoContent.class.getName());
    private static final String HANDLER = "handlaggare";
    private static final String REVIEWER = "granskare";
    private static final String POLICE = "tillstand.stockholm@polisen.invalid";

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    RemissService remisser;

    @Inject
    RemissQueries queries;

    @Inject
    AccountService accounts;

    @Inject
    AccountQueries accountQueries;

    private record Demo(String name, String type, String place, String kind, boolean arena, int peak, int total,
                        boolean alcohol, boolean roads, boolean sound, int startsInDays, int answerInDays,
                        String organiser, String organisationNumber, List<RemissStatus> path) {
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadOnce() {
        if (!enabled) {
            return;
        }
        if (accountQueries.find(REVIEWER).isEmpty()) {
            accounts.open(new NewAccount(REVIEWER, "Greta Granskare", DemoContent.DEMO_PASSWORD,
                    EnumSet.of(Role.STAFF, Role.REMISS_HANDLER)));
        }
        if (queries.count() == 0) {
            loadRemisser();
        }
    }

    void loadRemisser() {
        List<RemissStatus> review = List.of(UNDER_HANDLAGGNING, FORSLAG_TILL_YTTRANDE, GRANSKAD);
        List<Demo> demos = List.of(
                new Demo("Sommarkonsert på Strawberry Arena", "KONSERT", "Råsundavägen 100, Solna", "ARENA_AREA", true,
                        65000, 65000, true, true, true, 30, 5, "Arenakonserter AB", "556677-8899",
                        List.of(UNDER_HANDLAGGNING, PA_REMISS_INTERNT)),
                new Demo("Julmarknad i Hagaparken", "MARKNAD", "Hagaparken, Solna", "PARK_LAND", false, 3000, 12000, false,
                        false, true, 20, 0, "Hagaparkens vänner", "802412-3450", List.of(UNDER_HANDLAGGNING)),
                new Demo("Solnaloppet", "LOPP", "Start vid Solna centrum, Solna", "STREET", false, 4000, 6000, false, true,
                        true, 25, 3, "Solna löparklubb", "802412-3450", review),
                new Demo("Nationaldagsfirande i Solna stad", "FESTIVAL", "Solna stadshus, Stadshusgången 2", "CITY_LAND",
                        false, 5000, 8000, false, true, true, 40, 12, "Solna stad", "212000-0142", List.of()),
                new Demo("Derby på Strawberry Arena", "IDROTT", "Råsundavägen 100, Solna", "ARENA_AREA", true, 48000,
                        50000, true, false, true, 12, -2, "Fotbollsklubben AB", "556677-8899", List.of(UNDER_HANDLAGGNING)),
                new Demo("Loppmarknad i Råsunda", "MARKNAD", "Råsunda torg, Solna", "CITY_LAND", false, 400, 1500, false,
                        false, false, 9, -1, "Råsunda IS", "802412-3450", List.of()),
                new Demo("Demonstration för trygga gator", "DEMONSTRATION", "Solna torg, Solna", "CITY_LAND", false, 300,
                        300, false, true, true, 6, 1, "Trygga gator", null, List.of(UNDER_HANDLAGGNING, BEGARD_KOMPLETTERING)),
                new Demo("Matfestival i Bergshamra", "FESTIVAL", "Bergshamra torg, Solna", "CITY_LAND", false, 1500, 4000,
                        true, false, true, 35, 10, "Bergshamra matförening", "802412-3450", List.of()),
                new Demo("Vårmässa i Arenastaden", "MASSA", "Evenemangsgatan 31, Solna", "ARENA_AREA", true, 2000, 9000,
                        false, false, false, 45, 14, "Mässbolaget AB", "556677-8899", List.of(UNDER_HANDLAGGNING,
                        PA_REMISS_INTERNT)),
                new Demo("Sommarkväll i Skytteholmsparken", "KONSERT", "Skytteholmsparken, Solna", "PARK_LAND", false, 800,
                        1200, false, false, true, 15, 4, "Solna kulturförening", "802412-3450",
                        List.of(UNDER_HANDLAGGNING, FORSLAG_TILL_YTTRANDE)),
                new Demo("Höstrusket terränglopp", "LOPP", "Ulriksdals slottspark, Solna", "PARK_LAND", false, 900, 900,
                        false, true, false, -20, -30, "Solna löparklubb", "802412-3450", List.of(UNDER_HANDLAGGNING,
                        FORSLAG_TILL_YTTRANDE, GRANSKAD, YTTRANDE_SKICKAT)),
                new Demo("Konsert i Friends-salen", "KONSERT", "Råsundavägen 100, Solna", "ARENA_AREA", true, 20000, 20000,
                        true, false, true, -10, -20, "Arenakonserter AB", "556677-8899", List.of(UNDER_HANDLAGGNING,
                        FORSLAG_TILL_YTTRANDE, GRANSKAD, YTTRANDE_SKICKAT, AVSLUTAD)),
                new Demo("Cykelfest på Frösunda", "FESTIVAL", "Frösunda torg, Solna", "STREET", false, 600, 1000, false,
                        true, true, 50, 20, "Cykelfrämjandet Solna", "802412-3450", List.of(AVVISAD)),
                new Demo("Gatufest på Huvudstagatan", "FESTIVAL", "Huvudstagatan, Solna", "STREET", false, 700, 1500, true,
                        true, true, 28, 8, "Huvudsta företagarförening", "802412-3450",
                        List.of(UNDER_HANDLAGGNING, ATERKALLAD)),
                new Demo("Julkonsert i Solna kyrka", "KONSERT", "Solna kyrkväg, Solna", "PRIVATE_LAND", false, 400, 400,
                        false, false, false, 22, 7, "Solna församling", "802412-3450", List.of()));
        for (int i = 0; i < demos.size(); i++) {
            load(demos.get(i), i);
        }
        LOG.info(() -> "Demo remisser created: " + demos.size());
    }

    private void load(Demo demo, int n) {
        LocalDate today = LocalDate.now();
        LocalDateTime starts = today.plusDays(demo.startsInDays()).atTime(demo.arena() ? 19 : 11, 0);
        LocalDate received = today.plusDays(Math.min(demo.answerInDays(), 0) - 21L);
        RemissApplication application = new RemissApplication("5000-K" + (482100 + n) + "-26", received,
                today.plusDays(demo.answerInDays()), POLICE, demo.organiser(), demo.organisationNumber(), "Kontaktperson " + (n + 1),
                "08-123 45 " + String.format("%02d", n), null, demo.name(), demo.type(), demo.place(),
                59.36 + n * 0.001, 18.0 + n * 0.001, demo.kind(), demo.arena(), starts.minusHours(6), starts,
                starts.plusHours(5), starts.plusHours(9), demo.peak(), demo.total(), demo.alcohol(), demo.arena(),
                demo.arena() ? Set.of("STAGE", "STANDS") : Set.of("TENT"), false, true, demo.roads(), demo.sound(),
                demo.sound() ? LocalTime.of(22, 30) : null, demo.sound());
        Registered registered = remisser.register(application, List.of(), HANDLER, List.of());
        for (RemissStatus next : demo.path()) {
            if (next == YTTRANDE_SKICKAT) {
                remisser.sendYttrande(registered.id(), REVIEWER);
            } else {
                remisser.moveTo(registered.id(), next, next == GRANSKAD ? REVIEWER : HANDLER);
            }
            if (next == PA_REMISS_INTERNT) {
                remisser.askConsultation(registered.id(), Forvaltning.RADDNINGSTJANST,
                        "Räcker utrymningsvägarna för den väntade publiken?", today.plusDays(3), HANDLER);
            }
            if (next == UNDER_HANDLAGGNING && demo.path().size() > 2) {
                remisser.addVillkor(registered.id(), "Arrangören ska lämna en säkerhetsplan till staden senast två "
                        + "veckor före evenemanget.", HANDLER);
            }
        }
        if (n == 0) {
            long version = queries.detail(registered.id()).orElseThrow().version();
            RemissApplication lowered = new RemissApplication(application.policeCaseNumber(), application.receivedOn(),
                    application.answerBy(), POLICE, application.organiserName(), application.organisationNumber(),
                    application.contactName(), application.contactPhone(), null, application.eventName(),
                    application.eventType(), application.placeAddress(), application.latitude(), application.longitude(),
                    application.placeKind(), true, application.buildUpStarts(), application.starts(), application.ends(),
                    application.teardownEnds(), 50000, 65000, true, true, application.temporaryStructures(), false, true,
                    true, true, application.soundEndsAt(), true);
            remisser.change(registered.id(), version, lowered, HANDLER, List.of());
        }
    }
}
