package se.tryggstad.portal.course.web;

import se.tryggstad.portal.course.domain.CourseDetails;
import se.tryggstad.portal.course.domain.Programme;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/** The inputs of the staff course form, as typed. */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The inputs a refusal can point at. */
    private static final Set<String> FIELDS = Set.of("programme", "titleSv", "titleEn", "descriptionSv",
            "descriptionEn", "place", "courseLanguage", "sessionCount", "sessionMinutes", "seats");

    /** The input a refused field is typed in: the first session is typed as a date and a time. */
    static Optional<String> inputOf(String field) {
        if ("firstSession".equals(field)) {
            return Optional.of("date");
        }
        return FIELDS.contains(field) ? Optional.of(field) : Optional.empty();
    }

    /** The date and time as typed, or null when either is missing or no real date or time. */
    LocalDateTime firstSession() {
        if (date == null || time == null) {
            return null;
        }
        try {
            return LocalDateTime.of(LocalDate.parse(date.strip()), LocalTime.parse(time.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Programme programme = Programme.ABC;
    private String titleSv;
    private String titleEn;
    private String descriptionSv;
    private String descriptionEn;
    private String place;
    private String courseLanguage = "sv";
    private String date;
    private String time = "18:00";
    private int sessionCount = 8;
    private int sessionMinutes = 120;
    private int seats = 12;
    private boolean published = true;

    void fill(CourseDetails details, boolean isPublished) {
        CourseForm blank = new CourseForm();
        programme = details == null ? blank.programme : details.programme();
        titleSv = details == null ? null : details.titleSv();
        titleEn = details == null ? null : details.titleEn();
        descriptionSv = details == null ? null : details.descriptionSv();
        descriptionEn = details == null ? null : details.descriptionEn();
        place = details == null ? null : details.place();
        courseLanguage = details == null ? blank.courseLanguage : details.courseLanguage();
        date = details == null ? null : details.firstSession().toLocalDate().toString();
        time = details == null ? blank.time : details.firstSession().toLocalTime().toString();
        sessionCount = details == null ? blank.sessionCount : details.sessionCount();
        sessionMinutes = details == null ? blank.sessionMinutes : details.sessionMinutes();
        seats = details == null ? blank.seats : details.seats();
        published = details == null ? blank.published : isPublished;
    }

    public Programme getProgramme() { return programme; }
    public void setProgramme(Programme programme) { this.programme = programme; }
    public String getTitleSv() { return titleSv; }
    public void setTitleSv(String titleSv) { this.titleSv = titleSv; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescriptionSv() { return descriptionSv; }
    public void setDescriptionSv(String descriptionSv) { this.descriptionSv = descriptionSv; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getCourseLanguage() { return courseLanguage; }
    public void setCourseLanguage(String courseLanguage) { this.courseLanguage = courseLanguage; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public int getSessionCount() { return sessionCount; }
    public void setSessionCount(int sessionCount) { this.sessionCount = sessionCount; }
    public int getSessionMinutes() { return sessionMinutes; }
    public void setSessionMinutes(int sessionMinutes) { this.sessionMinutes = sessionMinutes; }
    public int getSeats() { return seats; }
    public void setSeats(int seats) { this.seats = seats; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
}
