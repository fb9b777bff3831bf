package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.course.application.CourseGroupView;
import se.tryggstad.portal.course.application.CourseQueries;
import se.tryggstad.portal.course.application.CourseService;
import se.tryggstad.portal.course.application.SignUp;
import se.tryggstad.portal.course.domain.CourseDetails;
import se.tryggstad.portal.course.domain.Programme;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.logging.Logger;

/**
 * Six demo course groups in Solna, starting in the weeks after the first start; one nearly full and
 * one full with a waitlist, filled with obviously made-up parents (000 phone numbers, no e-mail, so
 * the demo sends no mail). Loaded once.
 */
@Singleton
@Startup
@DependsOn("DemoContent")
public class CourseDemoContent {

    private static final Logger LOG = Logger.getLogger(CourseDemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    CourseService courses;

    @Inject
    CourseQueries queries;

    @Inject
    Clock clock;

    /** A demo group and how many made-up parents sign up to it. */
    private record DemoGroup(CourseDetails details, int demoSignUps) {
    }

    @PostConstruct
    void loadOnce() {
        if (!enabled || !queries.all().isEmpty()) {
            return;
        }
        for (DemoGroup demo : groups(LocalDate.now(clock).plusWeeks(2))) {
            CourseGroupView group = courses.plan(demo.details(), true);
            for (int parent = 1; parent <= demo.demoSignUps(); parent++) {
                courses.signUp(group.id(), new SignUp("Demoförälder " + parent, null,
                        String.format("000-000 %02d %02d", group.id() % 100, parent), "sv", true));
            }
        }
        LOG.info("Demo course groups created.");
    }

    private static List<DemoGroup> groups(LocalDate from) {
        return List.of(
                new DemoGroup(new CourseDetails(Programme.ABC, "ABC – föräldraskap för barn 3–12 år",
                        "ABC – parenting for children aged 3–12",
                        "Fyra träffar om att stärka relationen till ditt barn, visa kärlek, vara med och välja "
                                + "strider. Du träffar andra föräldrar och får tips att prova hemma.",
                        "Four meetings on strengthening the relationship with your child, showing love, "
                                + "being there and choosing your battles. Meet other parents and get tips to try at home.",
                        "Solna stadsbibliotek, Solna centrum", "sv", at(from, DayOfWeek.TUESDAY, 18), 4, 150, 12), 3),
                new DemoGroup(new CourseDetails(Programme.ABC, "ABC på arabiska", null,
                        "ABC – Alla barn i centrum på arabiska, med samma innehåll som på svenska. Barnpassning finns.",
                        null, "Familjecentralen i Hagalund", "ar", at(from, DayOfWeek.WEDNESDAY, 17), 4, 150, 10), 9),
                new DemoGroup(new CourseDetails(Programme.KOMET, "Komet för föräldrar till barn 3–11 år",
                        "Komet for parents of children aged 3–11",
                        "För dig som har många konflikter med ditt barn. Tio träffar om att minska bråk och få "
                                + "vardagen att fungera bättre.",
                        "For you who have many conflicts with your child. Ten meetings on less fighting and "
                                + "an everyday life that works better.",
                        "Familjecentralen i Hagalund", "sv", at(from, DayOfWeek.MONDAY, 18), 10, 150, 8), 0),
                new DemoGroup(new CourseDetails(Programme.AFT, "Älskade förbannade tonåring",
                        "Beloved, infuriating teenager",
                        "För föräldrar till tonåringar 12–18 år: om att behålla kontakten, sätta gränser och "
                                + "prata om svåra saker som alkohol, nätet och vänner.",
                        "For parents of teenagers aged 12–18: keeping in touch, setting limits and talking "
                                + "about hard things like alcohol, the internet and friends.",
                        "Råsunda fritidsgård", "sv", at(from, DayOfWeek.THURSDAY, 18), 4, 120, 10), 10 + 3),
                new DemoGroup(new CourseDetails(Programme.COPE, "Cope – föräldraskap i stor grupp", null,
                        "Föreläsning och samtal i smågrupper om vardagens utmaningar med barn 3–12 år.",
                        null, "Bergshamra bibliotek", "sv", at(from.plusWeeks(1), DayOfWeek.TUESDAY, 18), 6, 120, 25), 2),
                new DemoGroup(new CourseDetails(Programme.CONNECT, "Connect – anknytning i tonåren",
                        "Connect – attachment in the teenage years",
                        "Tio träffar om att förstå din tonårings behov och stärka er relation.",
                        "Ten meetings on understanding your teenager's needs and strengthening your relationship.",
                        "Bergshamra bibliotek", "en", at(from.plusWeeks(1), DayOfWeek.WEDNESDAY, 18), 10, 90, 10), 1));
    }

    private static LocalDateTime at(LocalDate from, DayOfWeek day, int hour) {
        return LocalDateTime.of(from.with(TemporalAdjusters.nextOrSame(day)), LocalTime.of(hour, 0));
    }
}
