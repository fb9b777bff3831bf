package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.account.domain.OrganisationKind;
import se.tryggstad.portal.forum.application.ActionView;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumMeetings;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumService;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.Handlingsplan;
import se.tryggstad.portal.forum.application.MeetingView;
import se.tryggstad.portal.forum.domain.ActionStatus;
import se.tryggstad.portal.forum.domain.ForumDetails;
import se.tryggstad.portal.forum.domain.ForumType;
import se.tryggstad.portal.forum.domain.MeetingPlan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo samverkansforum: platssamverkan Solna centrum and Hagalund torg (their areas are drawn roughly
 * by hand, not surveyed), a näringslivsforum and a föreningsforum, 12 fictional organisations (Råsunda IS
 * and Hagalunds kulturförening from the leisure demo among them), a handlingsplan with actions, two past
 * meetings with minutes and a planned one. The demo user "partner" (Råsunda IS) is a member of Solna
 * centrum and the föreningsforum. Only with {@code TRYGG_DEMO_DATA=true}; loaded once (when the forums do
 * not exist yet), through the application services, as the city's demo staff member.
 */
@Singleton
@Startup
@DependsOn({"DemoContent", "LeisureDemoContent"})
public class ForumDemoContent {

    private static final Logger LOG = Logger.getLogger(ForumDemoContent.class.getName());
    private static final ZoneId SOLNA_TIME = ZoneId.of("Europe/Stockholm");

    /** Approximate: the blocks around Solna centrum's square and shopping centre. */
    static final String SOLNA_CENTRUM = "59.3620,17.9960;59.3620,18.0045;59.3575,18.0045;59.3575,17.9960";
    /** Approximate: Hagalund torg and the streets next to it. */
    static final String HAGALUND_TORG = "59.3585,18.0130;59.3585,18.0185;59.3555,18.0185;59.3555,18.0130";

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    OrganisationService organisations;

    @Inject
    ForumService forums;

    @Inject
    ForumQueries queries;

    @Inject
    ForumAccess access;

    @Inject
    Handlingsplan handlingsplan;

    @Inject
    ForumMeetings meetings;

    @Inject
    Clock clock;

    @PostConstruct
    void loadOnce() {
        if (!enabled || queries.all().stream().anyMatch(forum -> forum.name().equals("Platssamverkan Solna centrum"))) {
            return;
        }
        try {
            access.asCityStaff("demo", () -> {
                load();
                return null;
            });
            LOG.info("Demo forums loaded");
        } catch (RuntimeException e) {
            // Demo content must never stop the portal from starting.
            LOG.severe(() -> "Demo forums could not be loaded: " + e);
        }
    }

    private void load() {
        Map<String, OrganisationSummary> org = Map.ofEntries(
                Map.entry("rasunda", organisation("Råsunda IS", "802470-1230", OrganisationKind.FORENING)),
                Map.entry("kultur", organisation("Hagalunds kulturförening", "802511-4565", OrganisationKind.FORENING)),
                Map.entry("centrumfast", organisation("Solna Centrum Fastigheter AB", "556677-8899", OrganisationKind.FASTIGHETSAGARE)),
                Map.entry("hagalundbo", organisation("Hagalundsbostäder AB", "556123-4500", OrganisationKind.FASTIGHETSAGARE)),
                Map.entry("handlare", organisation("Solna centrums handlarförening", "802480-0016", OrganisationKind.FORENING)),
                Map.entry("kiosk", organisation("Torgkiosken i Hagalund HB", "556900-1125", OrganisationKind.NARINGSIDKARE)),
                Map.entry("forsamling", organisation("Solna församling", "252000-3456", OrganisationKind.OTHER)),
                Map.entry("vakt", organisation("Trygga Solna Bevakning AB", "556345-6788", OrganisationKind.NARINGSIDKARE)),
                Map.entry("nattvandrare", organisation("Nattvandrarna i Solna", "802433-2218", OrganisationKind.FORENING)),
                Map.entry("hyresgast", organisation("Hyresgästföreningen Hagalund", "802455-6675", OrganisationKind.FORENING)),
                Map.entry("naringsliv", organisation("Solna Näringslivsnätverk AB", "556222-3338", OrganisationKind.NARINGSIDKARE)),
                Map.entry("fotboll", organisation("Hagalunds BK", "802411-1125", OrganisationKind.FORENING)));

        ForumSummary centrum = forums.found(new ForumDetails(ForumType.PLATSSAMVERKAN, "Platssamverkan Solna centrum",
                "Fastighetsägare, handlare, föreningar, staden och polisen arbetar tillsammans för ett tryggt och "
                        + "välkomnande Solna centrum: belysning, städning, nattvandring och snabba åtgärder vid skadegörelse.",
                "Property owners, shops, associations, the city and the police work together for a safe and welcoming "
                        + "Solna centrum.", SOLNA_CENTRUM, true));
        ForumSummary torg = forums.found(new ForumDetails(ForumType.PLATSSAMVERKAN, "Platssamverkan Hagalund torg",
                "Samverkan kring torget i Hagalund: trygga kvällar, belysning, städning och aktiviteter för unga.",
                "Working together around Hagalund's square: safe evenings, lighting, cleaning and activities for young people.",
                HAGALUND_TORG, true));
        ForumSummary naringsliv = forums.found(new ForumDetails(ForumType.NARINGSLIVSFORUM, "Näringslivsforum Solna",
                "Företag och staden möts om trygghet i handel och arbetsplatser: stölder, skadegörelse och trygga stråk.",
                "Businesses and the city on safety in shops and workplaces.", "", true));
        ForumSummary foreningar = forums.found(new ForumDetails(ForumType.FORENINGSFORUM, "Föreningsforum Solna",
                "Föreningar och trossamfund delar erfarenheter om trygga mötesplatser och aktiviteter för barn och unga.",
                "Associations and faith communities share experience of safe meeting places for children and young people.",
                "", true));
        admit(centrum, org, "rasunda", "centrumfast", "handlare", "vakt", "nattvandrare", "forsamling");
        admit(torg, org, "kultur", "hagalundbo", "kiosk", "hyresgast", "fotboll", "nattvandrare");
        admit(naringsliv, org, "centrumfast", "handlare", "kiosk", "vakt", "naringsliv");
        admit(foreningar, org, "rasunda", "kultur", "forsamling", "nattvandrare", "fotboll", "hyresgast");

        LocalDate today = LocalDate.now(clock.withZone(SOLNA_TIME));
        ActionView lights = handlingsplan.plan(centrum.id(), "Bättre belysning i gångtunneln mot tunnelbanan",
                "Tunneln är mörk på kvällarna och upplevs otrygg. Byt armaturer och lägg till belysning vid trappan.",
                org.get("centrumfast").id(), today.plusMonths(2));
        handlingsplan.comment(centrum.id(), lights.id(), "Offert är beställd, armaturerna kan bytas i vecka 3.");
        handlingsplan.revise(centrum.id(), lights.id(), lights.title(), lights.description(), lights.ownerOrganisationId(),
                lights.dueDate(), ActionStatus.IN_PROGRESS);
        handlingsplan.plan(centrum.id(), "Nattvandring fredagar och lördagar",
                "Nattvandrarna går i centrum fredag och lördag kväll; staden ordnar västar och fika.",
                org.get("nattvandrare").id(), today.plusMonths(1));
        ActionView graffiti = handlingsplan.plan(centrum.id(), "Klotter sanerat inom 24 timmar",
                "Fastighetsägarna tar bort klotter inom ett dygn efter anmälan.", org.get("centrumfast").id(),
                today.minusWeeks(2));
        handlingsplan.revise(centrum.id(), graffiti.id(), graffiti.title(), graffiti.description(),
                graffiti.ownerOrganisationId(), graffiti.dueDate(), ActionStatus.DONE);
        handlingsplan.plan(centrum.id(), "Trygghetsvandring i centrum under hösten",
                "Staden bjuder in boende och handlare till en trygghetsvandring; resultatet går in i handlingsplanen.",
                null, today.plusMonths(3));
        handlingsplan.plan(torg.id(), "Fler aktiviteter för unga på torget på kvällarna",
                "Hagalunds BK och kulturföreningen ordnar aktiviteter på torget två kvällar i veckan.",
                org.get("fotboll").id(), today.plusMonths(2));

        pastMeeting(centrum, org, today.minusWeeks(6), "Samverkansmöte september",
                "1. Lägesbild från polisen och staden\n2. Belysningen i gångtunneln\n3. Nattvandring",
                "Polisen redovisade färre anmälda stölder men fler rapporter om otrygghet i gångtunneln. Fastighetsägaren "
                        + "tar in offert på ny belysning. Nattvandrarna behöver fler vuxna på fredagar.",
                "Forumet beslutade att förbättra belysningen i gångtunneln och att stärka nattvandringen på helgerna.",
                "rasunda", "centrumfast", "handlare", "nattvandrare");
        pastMeeting(centrum, org, today.minusWeeks(2), "Samverkansmöte oktober",
                "1. Uppföljning av handlingsplanen\n2. Klotter och skadegörelse\n3. Planering av trygghetsvandring",
                "Klottersaneringen fungerar: allt klotter togs bort inom ett dygn. Trygghetsvandringen planeras till hösten.",
                "Klotter tas nu bort inom ett dygn. En trygghetsvandring i centrum planeras under hösten.",
                "centrumfast", "handlare", "vakt", "forsamling");
        meetings.plan(centrum.id(), new MeetingPlan("Samverkansmöte november",
                today.plusWeeks(3).atTime(LocalTime.of(17, 30)).atZone(SOLNA_TIME).toInstant(),
                today.plusWeeks(3).atTime(LocalTime.of(19, 0)).atZone(SOLNA_TIME).toInstant(),
                "Solna stadshus, sal Råsunda", "1. Lägesbild\n2. Handlingsplanen\n3. Övrigt"));
    }

    private void pastMeeting(ForumSummary forum, Map<String, OrganisationSummary> org, LocalDate day, String title,
                             String agenda, String minutes, String summary, String... attendees) {
        MeetingView meeting = meetings.plan(forum.id(), new MeetingPlan(title,
                day.atTime(LocalTime.of(17, 30)).atZone(SOLNA_TIME).toInstant(),
                day.atTime(LocalTime.of(19, 0)).atZone(SOLNA_TIME).toInstant(), "Solna stadshus, sal Råsunda", agenda));
        Set<Long> present = java.util.Arrays.stream(attendees).map(key -> org.get(key).id())
                .collect(java.util.stream.Collectors.toSet());
        meetings.record(forum.id(), meeting.id(), minutes, present, summary, true);
    }

    private void admit(ForumSummary forum, Map<String, OrganisationSummary> org, String... keys) {
        List.of(keys).forEach(key -> forums.admit(forum.id(), org.get(key).id()));
    }

    private OrganisationSummary organisation(String name, String number, OrganisationKind kind) {
        return organisations.findByNumber(number).orElseGet(() -> organisations.register(name, number, kind));
    }
}
