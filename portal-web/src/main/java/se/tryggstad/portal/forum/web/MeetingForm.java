package se.tryggstad.portal.forum.web;

import java.io.Serializable;

/** The fields of a new meeting: date and local start and end times, place and agenda. */
public class MeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String date;
    private String start = "18:00";
    private String end = "19:30";
    private String place;
    private String agenda;

    void clear() {
        title = null;
        date = null;
        place = null;
        agenda = null;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
}
