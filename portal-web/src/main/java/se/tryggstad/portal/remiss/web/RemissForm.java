package se.tryggstad.portal.remiss.web;

import se.tryggstad.portal.remiss.domain.RemissApplication;
import se.tryggstad.portal.remiss.domain.RemissProblem;
import se.tryggstad.portal.shared.OrganisationNumber;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The fields of a remiss on the register and change forms (the same include). */
public class RemissForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String policeCaseNumber;
    private LocalDate receivedOn;
    private LocalDate answerBy;
    private String policeEmail;
    private String organiserName;
    private String organisationNumber;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private String eventName;
    private String eventType;
    private String placeAddress;
    private Double latitude;
    private Double longitude;
    private String placeKind;
    private boolean arenaArea;
    private LocalDateTime buildUpStarts;
    private LocalDateTime starts;
    private LocalDateTime ends;
    private LocalDateTime teardownEnds;
    private Integer peakVisitors;
    private Integer totalVisitors;
    private boolean alcoholServed;
    private boolean ticketed;
    private List<String> temporaryStructures = new ArrayList<>();
    private boolean pyrotechnics;
    private boolean foodSales;
    private boolean roadClosures;
    private boolean amplifiedSound;
    private LocalTime soundEndsAt;
    private boolean lateHours;

    static RemissForm of(RemissApplication a) {
        RemissForm f = new RemissForm();
        f.policeCaseNumber = a.policeCaseNumber();
        f.receivedOn = a.receivedOn();
        f.answerBy = a.answerBy();
        f.policeEmail = a.policeEmail();
        f.organiserName = a.organiserName();
        f.organisationNumber = a.organisationNumber();
        f.contactName = a.contactName();
        f.contactPhone = a.contactPhone();
        f.contactEmail = a.contactEmail();
        f.eventName = a.eventName();
        f.eventType = a.eventType();
        f.placeAddress = a.placeAddress();
        f.latitude = a.latitude();
        f.longitude = a.longitude();
        f.placeKind = a.placeKind();
        f.arenaArea = a.arenaArea();
        f.buildUpStarts = a.buildUpStarts();
        f.starts = a.starts();
        f.ends = a.ends();
        f.teardownEnds = a.teardownEnds();
        f.peakVisitors = a.peakVisitors();
        f.totalVisitors = a.totalVisitors();
        f.alcoholServed = a.alcoholServed();
        f.ticketed = a.ticketed();
        f.temporaryStructures = new ArrayList<>(a.temporaryStructures());
        f.pyrotechnics = a.pyrotechnics();
        f.foodSales = a.foodSales();
        f.roadClosures = a.roadClosures();
        f.amplifiedSound = a.amplifiedSound();
        f.soundEndsAt = a.soundEndsAt();
        f.lateHours = a.lateHours();
        return f;
    }

    RemissApplication application() {
        return new RemissApplication(policeCaseNumber, receivedOn, answerBy, policeEmail, organiserName,
                OrganisationNumber.parse(organisationNumber).map(OrganisationNumber::value).orElse(organisationNumber),
                contactName, contactPhone, contactEmail, eventName, eventType, placeAddress, latitude, longitude,
                placeKind, arenaArea, buildUpStarts, starts, ends, teardownEnds, peakVisitors, totalVisitors,
                alcoholServed, ticketed, Set.copyOf(temporaryStructures == null ? List.of() : temporaryStructures),
                pyrotechnics, foodSales, roadClosures, amplifiedSound, soundEndsAt, lateHours);
    }

    /** The organisation number's form and check digit, which only the portal can check. */
    List<RemissProblem> portalProblems() {
        if (organisationNumber != null && !organisationNumber.isBlank() && !OrganisationNumber.isValid(organisationNumber)) {
            return List.of(new RemissProblem("organisationNumber", "remiss.organisationNumber.invalid"));
        }
        return List.of();
    }

    public String getPoliceCaseNumber() { return policeCaseNumber; }
    public void setPoliceCaseNumber(String value) { policeCaseNumber = value; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate value) { receivedOn = value; }
    public LocalDate getAnswerBy() { return answerBy; }
    public void setAnswerBy(LocalDate value) { answerBy = value; }
    public String getPoliceEmail() { return policeEmail; }
    public void setPoliceEmail(String value) { policeEmail = value; }
    public String getOrganiserName() { return organiserName; }
    public void setOrganiserName(String value) { organiserName = value; }
    public String getOrganisationNumber() { return organisationNumber; }
    public void setOrganisationNumber(String value) { organisationNumber = value; }
    public String getContactName() { return contactName; }
    public void setContactName(String value) { contactName = value; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String value) { contactPhone = value; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String value) { contactEmail = value; }
    public String getEventName() { return eventName; }
    public void setEventName(String value) { eventName = value; }
    public String getEventType() { return eventType; }
    public void setEventType(String value) { eventType = value; }
    public String getPlaceAddress() { return placeAddress; }
    public void setPlaceAddress(String value) { placeAddress = value; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double value) { latitude = value; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double value) { longitude = value; }
    public String getPlaceKind() { return placeKind; }
    public void setPlaceKind(String value) { placeKind = value; }
    public boolean isArenaArea() { return arenaArea; }
    public void setArenaArea(boolean value) { arenaArea = value; }
    public LocalDateTime getBuildUpStarts() { return buildUpStarts; }
    public void setBuildUpStarts(LocalDateTime value) { buildUpStarts = value; }
    public LocalDateTime getStarts() { return starts; }
    public void setStarts(LocalDateTime value) { starts = value; }
    public LocalDateTime getEnds() { return ends; }
    public void setEnds(LocalDateTime value) { ends = value; }
    public LocalDateTime getTeardownEnds() { return teardownEnds; }
    public void setTeardownEnds(LocalDateTime value) { teardownEnds = value; }
    public Integer getPeakVisitors() { return peakVisitors; }
    public void setPeakVisitors(Integer value) { peakVisitors = value; }
    public Integer getTotalVisitors() { return totalVisitors; }
    public void setTotalVisitors(Integer value) { totalVisitors = value; }
    public boolean isAlcoholServed() { return alcoholServed; }
    public void setAlcoholServed(boolean value) { alcoholServed = value; }
    public boolean isTicketed() { return ticketed; }
    public void setTicketed(boolean value) { ticketed = value; }
    public List<String> getTemporaryStructures() { return temporaryStructures; }
    public void setTemporaryStructures(List<String> value) { temporaryStructures = value; }
    public boolean isPyrotechnics() { return pyrotechnics; }
    public void setPyrotechnics(boolean value) { pyrotechnics = value; }
    public boolean isFoodSales() { return foodSales; }
    public void setFoodSales(boolean value) { foodSales = value; }
    public boolean isRoadClosures() { return roadClosures; }
    public void setRoadClosures(boolean value) { roadClosures = value; }
    public boolean isAmplifiedSound() { return amplifiedSound; }
    public void setAmplifiedSound(boolean value) { amplifiedSound = value; }
    public LocalTime getSoundEndsAt() { return soundEndsAt; }
    public void setSoundEndsAt(LocalTime value) { soundEndsAt = value; }
    public boolean isLateHours() { return lateHours; }
    public void setLateHours(boolean value) { lateHours = value; }
}
