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
import se.tryggstad.portal.leisure.application.ActivityView;
import se.tryggstad.portal.leisure.application.Actor;
import se.tryggstad.portal.leisure.application.LeisureCatalogue;
import se.tryggstad.portal.leisure.domain.ActivityCategory;
import se.tryggstad.portal.leisure.domain.ActivityDetails;
import se.tryggstad.portal.leisure.domain.Occurrence;
import se.tryggstad.portal.leisure.domain.Schedule;
import se.tryggstad.portal.leisure.domain.SchoolHoliday;
import se.tryggstad.portal.leisure.domain.SolnaArea;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/**
 * Demo fritidsutbud: two fictional föreningar (the demo user "partner" belongs to Råsunda IS) and
 * 40 activities across Solna's areas, including skollov activities, a few waiting for review and
 * one rejected. Only with {@code TRYGG_DEMO_DATA=true}; loaded once, through the application services.
 */
@Singleton
@Startup
@DependsOn("DemoContent")
public class LeisureDemoContent {

    private static final Logger LOG = Logger.getLogger(LeisureDemoContent.class.getName());
    private static final Actor STAFF = new Actor("demo", true, null, null);

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    OrganisationService organisations;

    @Inject
    LeisureCatalogue catalogue;

    @Inject
    Clock clock;

    /** The day the demo is loaded; holidays and periods are placed relative to it. */
    LocalDate today;

    /** What happens to a demo activity after it is written. */
    enum Fate { CITY, APPROVED, SUBMITTED, REJECTED }

    record Demo(ActivityDetails details, Fate fate) {
    }

    @PostConstruct
    void loadOnce() {
        if (!enabled) {
            return;
        }
        today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")));
        OrganisationSummary rasunda = organisation("Råsunda IS", "802470-1230");
        OrganisationSummary hagalund = organisation("Hagalunds kulturförening", "802511-4565");
        organisations.attachMember("partner", rasunda.id());
        int created = 0;
        created += load(cityActivities(), STAFF);
        created += load(rasundaActivities(), new Actor("partner", false, rasunda.id(), rasunda.name()));
        created += load(hagalundActivities(), new Actor("demo-hagalund", false, hagalund.id(), hagalund.name()));
        int count = created;
        LOG.info(() -> "Demo leisure activities created: " + count);
    }

    private OrganisationSummary organisation(String name, String number) {
        return organisations.findByNumber(number)
                .orElseGet(() -> organisations.register(name, number, OrganisationKind.FORENING));
    }

    private int load(List<Demo> demos, Actor organiser) {
        int created = 0;
        for (Demo demo : demos) {
            if (catalogue.hasActivityTitled(demo.details().titleSv())) {
                continue;
            }
            ActivityView activity = catalogue.create(organiser, demo.details());
            if (demo.fate() != Fate.CITY) {
                catalogue.submit(organiser, activity.id());
                if (demo.fate() == Fate.APPROVED) {
                    catalogue.approve(STAFF, activity.id());
                } else if (demo.fate() == Fate.REJECTED) {
                    catalogue.reject(STAFF, activity.id(),
                            "Ange en plats i Solna och en webbadress för anmälan, så granskar vi igen.");
                }
            }
            created++;
        }
        return created;
    }

    List<Demo> cityActivities() {
        List<Demo> demos = new ArrayList<>();
        demos.add(city(weekly("Fritidsgården Hagalund", "Öppen fritidsgård med pingis, biljard, spel och fika. Vuxna fritidsledare finns alltid på plats.",
                "Hagalund youth centre", "Drop-in youth centre with table tennis, pool, games and snacks. Youth workers are always there.",
                ActivityCategory.MOTESPLATS, 12, 17, null, SolnaArea.HAGALUND, "Fritidsgården Hagalund", 59.3583, 18.0128,
                Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), 15, 21, null)));
        demos.add(city(weekly("Fredagsöppet på Ungdomens hus", "Fredagskvällar med musik, film och turneringar i spel. Gratis och utan anmälan.",
                "Friday nights at the Youth house", "Friday evenings with music, films and game tournaments. Free, no sign-up.",
                ActivityCategory.MOTESPLATS, 13, 19, null, SolnaArea.SOLNA_CENTRUM, "Ungdomens hus, Solna centrum", 59.3598, 17.9985,
                Set.of(FRIDAY), 18, 23, null)));
        demos.add(city(weekly("Läxhjälp och fika i biblioteket", "Få hjälp med läxorna av studenter. Ta med det du håller på med.",
                "Homework help at the library", "Students help you with your homework. Bring what you are working on.",
                ActivityCategory.KULTUR, 10, 16, null, SolnaArea.SOLNA_CENTRUM, "Solna stadsbibliotek", 59.3603, 18.0002,
                Set.of(TUESDAY, THURSDAY), 15, 17, null)));
        demos.add(city(weekly("Spelkväll i Huvudsta", "Brädspel, rollspel och tv-spel med andra i din ålder. Spelen finns på plats.",
                null, null, ActivityCategory.SPEL, 10, 15, null, SolnaArea.HUVUDSTA, "Huvudsta fritidsgård", 59.3492, 17.9846,
                Set.of(WEDNESDAY), 17, 20, null)));
        demos.add(city(weekly("Öppen idrottshall Bergshamra", "Innebandy, basket och fotboll i hallen. Idrottsledare finns på plats, ombyte i omklädningsrummet.",
                "Open sports hall Bergshamra", "Floorball, basketball and football in the hall. Coaches are there; changing rooms are open.",
                ActivityCategory.IDROTT, 12, 18, null, SolnaArea.BERGSHAMRA, "Bergshamrahallen", 59.3808, 18.0368,
                Set.of(SATURDAY), 14, 17, null)));
        demos.add(city(weekly("Skatekväll i Järvastaden", "Skateboard och kickbike på skateplatsen, med lån av hjälm och skydd.",
                null, null, ActivityCategory.IDROTT, 8, 16, null, SolnaArea.JARVASTADEN, "Skateplatsen Järvastaden", 59.3842, 17.9921,
                Set.of(TUESDAY), 17, 20, null)));
        demos.add(city(weekly("Simskola för nybörjare", "Lär dig simma i undervisningsbassängen. Anmälan krävs, tio tillfällen per termin.",
                "Swimming school for beginners", "Learn to swim in the teaching pool. Sign-up needed, ten sessions per term.",
                ActivityCategory.IDROTT, 6, 10, "400 kr per termin", SolnaArea.FROSUNDA, "Frösundabadet", 59.3702, 18.0141,
                Set.of(SATURDAY), 9, 10, "https://www.solna.se/simskola")));
        demos.add(city(weekly("Kulturskolan: gitarr i grupp", "Spela gitarr tillsammans med andra nybörjare. Gitarr finns att låna.",
                "Culture school: group guitar", "Play guitar with other beginners. Guitars can be borrowed.",
                ActivityCategory.MUSIK, 9, 14, "300 kr per termin", SolnaArea.SKYTTEHOLM_VASTRA_SKOGEN, "Kulturskolan, Västra skogen", 59.3478, 18.0040,
                Set.of(MONDAY), 16, 17, "https://www.solna.se/kulturskolan")));
        demos.add(city(weekly("Kulturskolan: teater", "Improvisation, röst och scenspel. Vi sätter upp en föreställning i slutet av terminen.",
                null, null, ActivityCategory.KULTUR, 10, 15, "300 kr per termin", SolnaArea.SKYTTEHOLM_VASTRA_SKOGEN, "Kulturskolan, Västra skogen", 59.3479, 18.0043,
                Set.of(WEDNESDAY), 16, 18, "https://www.solna.se/kulturskolan")));
        demos.add(city(weekly("Naturvandring i Ulriksdal", "Vi går i Ulriksdals slottspark och skog och lär oss om djur och växter. Ta med matsäck.",
                "Nature walk in Ulriksdal", "We walk in the Ulriksdal palace park and woods and learn about animals and plants. Bring a packed lunch.",
                ActivityCategory.NATUR, 7, 12, null, SolnaArea.ULRIKSDAL, "Ulriksdals slott, entrén", 59.3810, 18.0190,
                Set.of(SUNDAY), 10, 13, null)));
        demos.add(city(weekly("Ungdomsrådet träffas", "Vill du påverka Solna? Ungdomsrådet diskuterar frågor som rör unga och lämnar förslag till politikerna.",
                null, null, ActivityCategory.MOTESPLATS, 13, 19, null, SolnaArea.SOLNA_CENTRUM, "Stadshuset, Solna centrum", 59.3606, 18.0011,
                Set.of(MONDAY), 17, 19, null)));
        demos.add(city(weekly("Tjejkväll på fritidsgården", "En kväll bara för tjejer: dans, snack och aktiviteter ni väljer själva.",
                "Girls' night at the youth centre", "An evening just for girls: dance, chat and activities you choose yourselves.",
                ActivityCategory.MOTESPLATS, 12, 17, null, SolnaArea.RASUNDA, "Råsunda fritidsgård", 59.3646, 17.9978,
                Set.of(THURSDAY), 17, 21, null)));
        demos.add(city(weekly("Parkour i Hagaparken", "Lär dig hoppa, klättra och landa säkert. Instruktör från staden.",
                null, null, ActivityCategory.IDROTT, 10, 16, null, SolnaArea.HAGA_ARENASTADEN, "Hagaparken, vid Koppartälten", 59.3682, 18.0305,
                Set.of(SATURDAY), 11, 13, null)));
        demos.add(city(weekly("Digitalt skapande i Arenastaden", "Gör musik, film och spel på datorerna i vår studio.",
                "Digital creation in Arenastaden", "Make music, films and games on the computers in our studio.",
                ActivityCategory.SKAPANDE, 11, 17, null, SolnaArea.HAGA_ARENASTADEN, "Studion, Arenastaden", 59.3714, 18.0031,
                Set.of(TUESDAY, THURSDAY), 16, 19, null)));
        demos.add(city(weekly("Bokklubb för unga", "Vi läser en bok i månaden och pratar om den över fika.",
                null, null, ActivityCategory.KULTUR, 12, 16, null, SolnaArea.BERGSHAMRA, "Bergshamra bibliotek", 59.3812, 18.0356,
                Set.of(WEDNESDAY), 16, 17, null)));
        demos.add(city(weekly("Babyrytmik på biblioteket", "Sång och ramsor för de allra minsta tillsammans med en vuxen.",
                "Baby rhythm at the library", "Songs and rhymes for the very young with an adult.",
                ActivityCategory.MUSIK, 0, 2, null, SolnaArea.SOLNA_CENTRUM, "Solna stadsbibliotek", 59.3603, 18.0002,
                Set.of(FRIDAY), 10, 11, null)));
        demos.add(city(dated("Lovbio på Filmstaden", "Gratis bio för barn under jullovet. Biljetter hämtas på fritidsgården i förväg.",
                "Holiday cinema", "Free cinema for children during the Christmas holiday. Collect tickets at the youth centre beforehand.",
                ActivityCategory.LOVAKTIVITET, 7, 12, null, SolnaArea.HAGA_ARENASTADEN, "Filmstaden, Mall of Scandinavia", 59.3703, 18.0043,
                holidayDays(SchoolHoliday.JULLOV, 2, 13, 16), SchoolHoliday.JULLOV, "https://www.solna.se/lov")));
        demos.add(city(dated("Pyssel och sagor på jullovet", "Julpyssel och högläsning för barn i biblioteket.",
                null, null, ActivityCategory.LOVAKTIVITET, 4, 9, null, SolnaArea.SOLNA_CENTRUM, "Solna stadsbibliotek", 59.3603, 18.0002,
                holidayDays(SchoolHoliday.JULLOV, 2, 10, 12), SchoolHoliday.JULLOV, null)));
        demos.add(city(dated("Sportlovsskidåkning på Hagaparken", "Längdskidor och pulka i Hagaparken om snön tillåter. Skidor finns att låna.",
                "Winter holiday skiing in Haga park", "Cross-country skiing and sledging in Haga park if there is snow. Skis can be borrowed.",
                ActivityCategory.LOVAKTIVITET, 7, 13, null, SolnaArea.HAGA_ARENASTADEN, "Hagaparken, Haga södra", 59.3650, 18.0280,
                holidayDays(SchoolHoliday.SPORTLOV, 3, 10, 14), SchoolHoliday.SPORTLOV, null)));
        demos.add(city(dated("Sportlovsbad i Frösundabadet", "Fritt bad med vattenlek och tävlingar för barn på sportlovet.",
                null, null, ActivityCategory.LOVAKTIVITET, 6, 15, null, SolnaArea.FROSUNDA, "Frösundabadet", 59.3702, 18.0141,
                holidayDays(SchoolHoliday.SPORTLOV, 5, 13, 16), SchoolHoliday.SPORTLOV, null)));
        demos.add(city(dated("Påsklovsläger i naturen", "Tre dagar med friluftsliv, matlagning över öppen eld och lekar. Anmälan krävs.",
                "Easter nature camp", "Three days of outdoor life, cooking over a fire and games. Sign-up needed.",
                ActivityCategory.NATUR, 9, 13, null, SolnaArea.ULRIKSDAL, "Ulriksdals friluftsgård", 59.3830, 18.0230,
                holidayDays(SchoolHoliday.PASKLOV, 3, 9, 15), SchoolHoliday.PASKLOV, "https://www.solna.se/lov")));
        demos.add(city(dated("Sommarlovsaktiviteter i Hagalund", "Utomhusaktiviteter varje dag under två veckor på sommarlovet: fotboll, vattenkrig och grillning.",
                "Summer holiday activities in Hagalund", "Outdoor activities every day for two weeks of the summer holiday: football, water fights and barbecues.",
                ActivityCategory.LOVAKTIVITET, 8, 15, null, SolnaArea.HAGALUND, "Hagalundsparken", 59.3590, 18.0140,
                holidayDays(SchoolHoliday.SOMMARLOV, 10, 11, 16), SchoolHoliday.SOMMARLOV, null)));
        demos.add(city(dated("Sommarjobbsinfo och fika", "Träffa stadens feriepraktik och lär dig söka sommarjobb.",
                null, null, ActivityCategory.MOTESPLATS, 15, 18, null, SolnaArea.SOLNA_CENTRUM, "Ungdomens hus, Solna centrum", 59.3598, 17.9985,
                holidayDays(SchoolHoliday.SOMMARLOV, 2, 14, 16), SchoolHoliday.SOMMARLOV, null)));
        demos.add(city(dated("Höstlovskul i Huvudsta", "Klättring, slöjd och pannkakor på höstlovet.",
                "Autumn holiday fun in Huvudsta", "Climbing, crafts and pancakes during the autumn holiday.",
                ActivityCategory.LOVAKTIVITET, 7, 12, null, SolnaArea.HUVUDSTA, "Huvudsta fritidsgård", 59.3492, 17.9846,
                holidayDays(SchoolHoliday.HOSTLOV, 4, 10, 15), SchoolHoliday.HOSTLOV, null)));
        demos.add(city(dated("Höstlovsdisco", "Disco med ljusshow och dj för mellanstadiet.",
                null, null, ActivityCategory.LOVAKTIVITET, 9, 12, "20 kr", SolnaArea.BERGSHAMRA, "Bergshamra fritidsgård", 59.3805, 18.0372,
                holidayDays(SchoolHoliday.HOSTLOV, 1, 18, 21), SchoolHoliday.HOSTLOV, null)));
        demos.add(city(weekly("Schack för alla", "Lär dig schack eller utmana andra. Schackklubbens ledare hjälper nybörjare.",
                "Chess for everyone", "Learn chess or challenge others. Club leaders help beginners.",
                ActivityCategory.SPEL, 7, 18, null, SolnaArea.RASUNDA, "Råsunda bibliotek", 59.3641, 18.0025,
                Set.of(WEDNESDAY), 16, 18, null)));
        demos.add(city(weekly("Kör för barn", "Sjung i kör och uppträd på konserter i kyrkan och på stadens evenemang.",
                null, null, ActivityCategory.MUSIK, 7, 12, null, SolnaArea.ULRIKSDAL, "Ulriksdals slottskapell, församlingssalen", 59.3807, 18.0176,
                Set.of(TUESDAY), 16, 17, "https://www.solna.se/kor")));
        demos.add(city(weekly("Fiske vid Brunnsviken", "Prova att fiska med spö från bryggan. Spön och flytvästar finns att låna.",
                "Fishing at Brunnsviken", "Try fishing with a rod from the jetty. Rods and life jackets can be borrowed.",
                ActivityCategory.NATUR, 8, 14, null, SolnaArea.BERGSHAMRA, "Bryggan vid Bergshamra strand", 59.3788, 18.0420,
                Set.of(SUNDAY), 13, 15, null)));
        demos.add(city(weekly("Kodklubben", "Programmera spel och robotar. Datorer finns, ingen förkunskap krävs.",
                "Code club", "Program games and robots. Computers are provided, no experience needed.",
                ActivityCategory.SKAPANDE, 9, 14, null, SolnaArea.FROSUNDA, "Frösunda bibliotek", 59.3698, 18.0110,
                Set.of(THURSDAY), 16, 18, "https://www.solna.se/kodklubben")));
        demos.add(city(weekly("Boxning med fritidsledare", "Teknikträning i boxning utan sparring. Fokus på kondition och gemenskap.",
                null, null, ActivityCategory.IDROTT, 13, 18, null, SolnaArea.JARVASTADEN, "Järvastadens idrottshall", 59.3856, 17.9902,
                Set.of(MONDAY, WEDNESDAY), 18, 20, null)));
        return demos;
    }

    List<Demo> rasundaActivities() {
        String contact = "kansli@rasunda-is.example";
        return List.of(
                new Demo(weekly("Fotboll för nybörjare", "Vi spelar fotboll och lär oss grunderna tillsammans. Alla är välkomna, inga förkunskaper behövs.",
                        "Football for beginners", "We play football and learn the basics together. Everyone is welcome.",
                        ActivityCategory.IDROTT, 7, 10, null, SolnaArea.RASUNDA, "Råsunda IP", 59.3635, 18.0010,
                        Set.of(MONDAY, THURSDAY), 17, 18, null, contact), Fate.APPROVED),
                new Demo(weekly("Futsal för tonåringar", "Snabb inomhusfotboll i hallen. Kom som du är.",
                        null, null, ActivityCategory.IDROTT, 13, 17, null, SolnaArea.RASUNDA, "Råsundahallen", 59.3651, 17.9969,
                        Set.of(FRIDAY), 19, 21, null, contact), Fate.APPROVED),
                new Demo(weekly("Tjejfotboll", "Fotbollsträning för tjejer med kvinnliga tränare.",
                        "Girls' football", "Football practice for girls with female coaches.",
                        ActivityCategory.IDROTT, 9, 13, "200 kr per termin", SolnaArea.FROSUNDA, "Frösunda bollplan", 59.3694, 18.0121,
                        Set.of(WEDNESDAY), 17, 18, "https://rasunda-is.example/anmalan", contact), Fate.APPROVED),
                new Demo(weekly("Innebandy på lördagar", "Innebandyträning och match för mellanstadiet.",
                        null, null, ActivityCategory.IDROTT, 9, 12, null, SolnaArea.SKYTTEHOLM_VASTRA_SKOGEN, "Skytteholmshallen", 59.3525, 17.9985,
                        Set.of(SATURDAY), 10, 12, null, contact), Fate.APPROVED),
                new Demo(dated("Sportlovsfotboll", "Fotbollsskola hela sportlovet, med lunch.",
                        null, null, ActivityCategory.LOVAKTIVITET, 8, 12, "300 kr för veckan", SolnaArea.RASUNDA, "Råsundahallen", 59.3651, 17.9969,
                        holidayDays(SchoolHoliday.SPORTLOV, 5, 9, 15), SchoolHoliday.SPORTLOV, "https://rasunda-is.example/lov", contact), Fate.SUBMITTED),
                new Demo(weekly("Löpträning i Hagaparken", "Vi springer tillsammans i lugnt tempo.",
                        null, null, ActivityCategory.IDROTT, 12, 18, null, SolnaArea.HAGA_ARENASTADEN, "Hagaparken, Haga norra", 59.3720, 18.0260,
                        Set.of(SUNDAY), 10, 11, null, contact), Fate.REJECTED));
    }

    List<Demo> hagalundActivities() {
        String contact = "08-123 456 70";
        return List.of(
                new Demo(weekly("Dans: street och hiphop", "Dansträning med koreografi till musik du gillar. Uppvisning i slutet av terminen.",
                        "Dance: street and hip hop", "Dance practice with choreography to music you like. Show at the end of term.",
                        ActivityCategory.KULTUR, 10, 16, "150 kr per termin", SolnaArea.HAGALUND, "Hagalunds kulturhus", 59.3579, 18.0119,
                        Set.of(TUESDAY), 17, 19, "https://hagalund-kultur.example/dans", contact), Fate.APPROVED),
                new Demo(weekly("Måla och teckna", "Prova olika tekniker med akvarell, tusch och kol. Material finns.",
                        null, null, ActivityCategory.SKAPANDE, 8, 14, null, SolnaArea.HAGALUND, "Hagalunds kulturhus", 59.3579, 18.0119,
                        Set.of(THURSDAY), 16, 18, null, contact), Fate.APPROVED),
                new Demo(weekly("Bandverkstad", "Starta ett band! Replokal, instrument och handledare finns.",
                        null, null, ActivityCategory.MUSIK, 13, 19, null, SolnaArea.HAGALUND, "Replokalen, Hagalund", 59.3575, 18.0135,
                        Set.of(MONDAY, WEDNESDAY), 18, 21, null, contact), Fate.SUBMITTED),
                new Demo(dated("Höstlovsteater", "Gör en egen pjäs på tre dagar och spela den för familjen.",
                        "Autumn holiday theatre", "Make your own play in three days and perform it for your family.",
                        ActivityCategory.LOVAKTIVITET, 9, 13, null, SolnaArea.HAGALUND, "Hagalunds kulturhus", 59.3579, 18.0119,
                        holidayDays(SchoolHoliday.HOSTLOV, 3, 10, 15), SchoolHoliday.HOSTLOV, "https://hagalund-kultur.example/lov", contact), Fate.SUBMITTED));
    }

    private static Demo city(ActivityDetails details) {
        return new Demo(details, Fate.CITY);
    }

    private ActivityDetails weekly(String titleSv, String descriptionSv, String titleEn, String descriptionEn,
                                   ActivityCategory category, int ageFrom, int ageTo, String cost, SolnaArea area,
                                   String place, double latitude, double longitude, Set<DayOfWeek> days, int startHour,
                                   int endHour, String signUp) {
        return weekly(titleSv, descriptionSv, titleEn, descriptionEn, category, ageFrom, ageTo, cost, area, place,
                latitude, longitude, days, startHour, endHour, signUp, "fritid@solna.example");
    }

    private ActivityDetails weekly(String titleSv, String descriptionSv, String titleEn, String descriptionEn,
                                   ActivityCategory category, int ageFrom, int ageTo, String cost, SolnaArea area,
                                   String place, double latitude, double longitude, Set<DayOfWeek> days, int startHour,
                                   int endHour, String signUp, String contact) {
        Schedule schedule = Schedule.weekly(days, LocalTime.of(startHour, 0), LocalTime.of(endHour, 0),
                today.minusWeeks(6), today.plusMonths(7));
        return details(titleSv, descriptionSv, titleEn, descriptionEn, category, ageFrom, ageTo, cost, area, place,
                latitude, longitude, schedule, null, signUp, contact);
    }

    private ActivityDetails dated(String titleSv, String descriptionSv, String titleEn, String descriptionEn,
                                  ActivityCategory category, int ageFrom, int ageTo, String cost, SolnaArea area,
                                  String place, double latitude, double longitude, List<Occurrence> dates,
                                  SchoolHoliday holiday, String signUp) {
        return dated(titleSv, descriptionSv, titleEn, descriptionEn, category, ageFrom, ageTo, cost, area, place,
                latitude, longitude, dates, holiday, signUp, "fritid@solna.example");
    }

    private ActivityDetails dated(String titleSv, String descriptionSv, String titleEn, String descriptionEn,
                                  ActivityCategory category, int ageFrom, int ageTo, String cost, SolnaArea area,
                                  String place, double latitude, double longitude, List<Occurrence> dates,
                                  SchoolHoliday holiday, String signUp, String contact) {
        return details(titleSv, descriptionSv, titleEn, descriptionEn, category, ageFrom, ageTo, cost, area, place,
                latitude, longitude, Schedule.dates(dates), holiday, signUp, contact);
    }

    private static ActivityDetails details(String titleSv, String descriptionSv, String titleEn, String descriptionEn,
                                           ActivityCategory category, int ageFrom, int ageTo, String cost,
                                           SolnaArea area, String place, double latitude, double longitude,
                                           Schedule schedule, SchoolHoliday holiday, String signUp, String contact) {
        return new ActivityDetails(titleSv, descriptionSv, titleEn, descriptionEn, category, ageFrom, ageTo,
                cost == null, cost, area, place, latitude, longitude, schedule, holiday, contact,
                "Entré utan trappsteg. Fråga oss gärna om anpassningar.", signUp, signUp == null);
    }

    /** Weekdays of the next such holiday (Stockholm-area weeks), from its first day. */
    private List<Occurrence> holidayDays(SchoolHoliday holiday, int days, int startHour, int endHour) {
        LocalDate first = nextStart(holiday);
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDate day = first; occurrences.size() < days; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != SATURDAY && day.getDayOfWeek() != SUNDAY) {
                occurrences.add(new Occurrence(day, LocalTime.of(startHour, 0), LocalTime.of(endHour, 0)));
            }
        }
        return occurrences;
    }

    private LocalDate nextStart(SchoolHoliday holiday) {
        for (int year = today.getYear(); ; year++) {
            LocalDate start = switch (holiday) {
                case SPORTLOV -> mondayOfWeek(year, 8);
                case PASKLOV -> mondayOfWeek(year, 14);
                case SOMMARLOV -> LocalDate.of(year, 6, 15).with(TemporalAdjusters.nextOrSame(MONDAY));
                case HOSTLOV -> mondayOfWeek(year, 44);
                case JULLOV -> LocalDate.of(year, 12, 22);
            };
            if (!start.isBefore(today)) {
                return start;
            }
        }
    }

    private static LocalDate mondayOfWeek(int year, int week) {
        return LocalDate.of(year, 6, 1).with(WeekFields.of(Locale.forLanguageTag("sv-SE")).weekOfWeekBasedYear(), week)
                .with(TemporalAdjusters.previousOrSame(MONDAY));
    }
}
