package se.tryggstad.portal.remissrules.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.remiss.conflicts.ArenaDayRejected;
import se.tryggstad.portal.remiss.conflicts.ArenaDayView;
import se.tryggstad.portal.remiss.conflicts.ArenaEventDays;
import se.tryggstad.portal.remiss.evacuation.AreaSummary;
import se.tryggstad.portal.remiss.evacuation.EvacuationAreas;
import se.tryggstad.portal.remiss.evacuation.EvacuationCheck;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * /admin/arenaomradet.xhtml: administrators keep the arena's event days (read by the conflict check) and open or
 * close the exits of the evacuation areas.
 */
@Named
@RequestScoped
public class ArenaAreaView {

    @Inject
    ArenaEventDays arenaDays;

    @Inject
    EvacuationCheck evacuation;

    @Inject
    EvacuationAreas areas;

    private String day;
    private String name;
    private List<ArenaDayView> days;
    private List<AreaSummary> evacuationAreas;

    public List<ArenaDayView> getDays() {
        if (days == null) {
            days = arenaDays.all();
        }
        return days;
    }

    public List<AreaSummary> getAreas() {
        if (evacuationAreas == null) {
            evacuationAreas = evacuation.areas();
        }
        return evacuationAreas;
    }

    public String add() {
        LocalDate date;
        try {
            date = day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException notADate) {
            date = null;
        }
        try {
            ArenaDayView added = arenaDays.add(date, name);
            FacesMessages.info("remissregel.arenaDay.added", added.day().toString());
            day = null;
            name = null;
        } catch (ArenaDayRejected rejected) {
            FacesMessages.error("arenaDay:" + rejected.field(), rejected.messageKey());
        }
        days = null;
        return null;
    }

    public String remove(long id) {
        try {
            arenaDays.remove(id);
            FacesMessages.info("remissregel.arenaDay.removed");
        } catch (ArenaDayRejected rejected) {
            FacesMessages.error(null, rejected.messageKey());
        }
        days = null;
        return null;
    }

    public String setExitOpen(long areaId, long exitId, boolean open, long lockVersion) {
        if (areas.setExitOpen(areaId, exitId, open, lockVersion)) {
            FacesMessages.info(open ? "remissregel.exit.opened" : "remissregel.exit.closed");
        } else {
            FacesMessages.error(null, "remissregel.evacuation.error.exitChanged");
        }
        evacuationAreas = null;
        return null;
    }

    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
