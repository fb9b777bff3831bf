package se.tryggstad.portal.leisure.rest;

import jakarta.ws.rs.QueryParam;
import se.tryggstad.portal.leisure.application.FilterRequest;

/** The filter query parameters of the activity lists, as text: wrong values become a 400 with the field. */
public class FilterParameters {

    @QueryParam("age")
    String age;

    @QueryParam("free")
    String free;

    @QueryParam("weekday")
    String weekday;

    @QueryParam("time")
    String time;

    @QueryParam("area")
    String area;

    @QueryParam("category")
    String category;

    @QueryParam("holiday")
    String holiday;

    FilterRequest toRequest() {
        return new FilterRequest(age, free, weekday, time, area, category, holiday);
    }
}
