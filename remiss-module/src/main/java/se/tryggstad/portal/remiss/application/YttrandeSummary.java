package se.tryggstad.portal.remiss.application;

import se.tryggstad.portal.remiss.domain.Remiss;
import se.tryggstad.portal.remiss.domain.RemissApplication;
import se.tryggstad.portal.remiss.domain.YttrandeContent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The event summary of an yttrande, in Swedish: the yttrande goes to the Swedish police. */
final class YttrandeSummary {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> TYPES = Map.of("KONSERT", "Konsert", "IDROTT", "Idrott",
            "MARKNAD", "Marknad", "DEMONSTRATION", "Demonstration/allmän sammankomst", "FESTIVAL", "Festival",
            "LOPP", "Lopp", "MASSA", "Mässa", "OVRIGT", "Övrigt");

    private YttrandeSummary() {
    }

    static YttrandeContent of(String city, Remiss remiss, int number, List<String> villkor, LocalDate date) {
        RemissApplication a = remiss.application();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Evenemang", a.eventName()});
        facts.add(new String[] {"Typ", TYPES.getOrDefault(a.eventType(), a.eventType().toLowerCase(Locale.ROOT))});
        facts.add(new String[] {"Arrangör", a.organiserName()
                + (a.organisationNumber() == null ? "" : " (" + a.organisationNumber() + ")")});
        facts.add(new String[] {"Plats", a.placeAddress()});
        facts.add(new String[] {"Tid", WHEN.format(a.starts()) + " – " + WHEN.format(a.ends())
                + " (bygge från " + WHEN.format(a.buildUpStarts()) + ", rivning till " + WHEN.format(a.teardownEnds()) + ")"});
        facts.add(new String[] {"Besökare", "högst " + a.peakVisitors() + " samtidigt, " + a.totalVisitors() + " totalt"});
        facts.add(new String[] {"Alkohol", a.alcoholServed() ? "ja" : "nej"});
        return new YttrandeContent(city, remiss.diarienummer(), remiss.policeCaseNumber(), number, facts, villkor,
                remiss.proposalAuthor(), remiss.reviewer(), date);
    }
}
