package se.tryggstad.portal.remissrules.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.remiss.evacuation.AreaSummary;
import se.tryggstad.portal.remiss.evacuation.EvacuationCheck;
import se.tryggstad.portal.remiss.evacuation.domain.EvacuationCalculation;
import se.tryggstad.portal.remiss.evacuation.domain.FlowConstants;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * /staff/remisser/utrymning.xhtml: a remiss handler picks an evacuation area and a crowd and sees the evacuation
 * time against the limit, the margin, every exit's flow and the constants with their sources.
 */
@Named
@ViewScoped
public class EvacuationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_CROWD = 1_000_000;

    @Inject
    EvacuationCheck check;

    private Long areaId;
    private String crowd;
    private boolean alcohol;
    private boolean reserveExits;
    private EvacuationCalculation calculation;
    private List<AreaSummary> areas;

    /** The role check, on the first request and on every postback. */
    public void authorise() {
        RemissPages.handlerOrAdmin();
    }

    public String calculate() {
        calculation = null;
        Integer persons = crowdNumber();
        if (persons == null) {
            FacesMessages.error("evacuation:crowd", "remissregel.evacuation.error.crowd");
            return null;
        }
        if (areaId == null) {
            FacesMessages.error("evacuation:area", "remissregel.evacuation.error.area");
            return null;
        }
        calculation = check.calculate(areaId, persons, alcohol, reserveExits).orElse(null);
        if (calculation == null) {
            FacesMessages.error("evacuation:area", "remissregel.evacuation.error.area");
        }
        return null;
    }

    private Integer crowdNumber() {
        try {
            int persons = Integer.parseInt(crowd == null ? "" : crowd.replace(" ", "").replace("\u00a0", "").strip());
            return persons < 0 || persons > MAX_CROWD ? null : persons;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public List<AreaSummary> getAreas() {
        if (areas == null) {
            areas = check.areas();
            if (areaId == null && !areas.isEmpty()) {
                areaId = areas.get(0).id();
            }
        }
        return areas;
    }

    public List<FlowConstants.Constant> getConstants() {
        return check.constants();
    }

    public String duration(Duration duration) {
        return duration.equals(EvacuationCalculation.NO_WAY_OUT) ? FacesMessages.text("remissregel.evacuation.noWayOut")
                : RemissPages.minutesAndSeconds(duration);
    }

    public String limit() {
        return RemissPages.minutesAndSeconds(check.limit());
    }

    public EvacuationCalculation getCalculation() { return calculation; }
    public Long getAreaId() { return areaId; }
    public void setAreaId(Long areaId) { this.areaId = areaId; }
    public String getCrowd() { return crowd; }
    public void setCrowd(String crowd) { this.crowd = crowd; }
    public boolean isAlcohol() { return alcohol; }
    public void setAlcohol(boolean alcohol) { this.alcohol = alcohol; }
    public boolean isReserveExits() { return reserveExits; }
    public void setReserveExits(boolean reserveExits) { this.reserveExits = reserveExits; }
}
