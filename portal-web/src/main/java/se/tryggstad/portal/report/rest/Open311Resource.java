package se.tryggstad.portal.report.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.PublicReport;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportService;
import se.tryggstad.portal.report.application.Submitted;
import se.tryggstad.portal.report.domain.ReportDraft;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.ReportStatus;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): services are the report categories,
 * service requests are reports, {@code service_request_id} is the reference number. Formats by
 * extension, {@code .json} or {@code .xml}. POST needs an {@code api_key} issued by an admin; the
 * client is responsible for the reporter's consent to any e-mail or phone it sends.
 *
 * <p>One instance serves every request (the request itself comes through the {@code @Context}
 * proxy): creating and validating a resource per request was a measurable part of each submission.
 */
@Path("v2")
@ApplicationScoped
public class Open311Resource {

    private static final String FORMAT = "{format: json|xml}";
    private static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");
    private static final int MAX_REQUESTS = 1000;
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    private static final Set<ReportStatus> OPEN = EnumSet.of(ReportStatus.NY, ReportStatus.MOTTAGEN,
            ReportStatus.PLANERAD);

    @Inject
    ReportService reports;

    @Inject
    ReportQueries queries;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Path("discovery." + FORMAT)
    public Response discovery(@PathParam("format") String format) {
        String base = uri.getBaseUri().toString() + "v2/";
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-11-25T00:00:00Z");
        endpoint.put("type", "production");
        endpoint.put("formats", new Open311Format.Nested("format", List.of("text/xml", "application/json")));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", "2026-11-25T00:00:00Z");
        discovery.put("contact", "Solna stad, Trygg stad");
        discovery.put("key_service", "Ask the municipality's portal administrator for an api_key.");
        discovery.put("endpoints", new Open311Format.Nested("endpoint", List.of(endpoint)));
        return Open311Format.object(guarded(format), "discovery", discovery);
    }

    @GET
    @Path("services." + FORMAT)
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        List<Map<String, Object>> services = queries.categories("sv").stream().map(Open311Resource::serviceOf)
                .toList();
        return Open311Format.list(Response.Status.OK, guarded(format), "services", "service", services);
    }

    @GET
    @Path("services/{code: [A-Za-z0-9_-]{1,40}}." + FORMAT)
    public Response serviceDefinition(@PathParam("code") String code, @PathParam("format") String format) {
        guarded(format);
        CategoryView category = queries.category(code, "sv")
                .orElseThrow(() -> new Open311Errors.Failure(Response.Status.NOT_FOUND, "service_code not found"));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        definition.put("attributes", new Open311Format.Nested("attribute", List.of()));
        return Open311Format.object(format, "service_definition", definition);
    }

    @GET
    @Path("requests." + FORMAT)
    public Response requests(@PathParam("format") String format,
                             @QueryParam("service_request_id") String ids,
                             @QueryParam("service_code") String serviceCode,
                             @QueryParam("start_date") String startDate,
                             @QueryParam("end_date") String endDate,
                             @QueryParam("status") String status) {
        guarded(format);
        ReportFilter filter;
        if (ids != null && !ids.isBlank()) {
            List<String> references = Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .limit(MAX_REQUESTS).toList();
            filter = new ReportFilter(null, Set.of(), null, null, references, 0, MAX_REQUESTS);
        } else {
            Instant to = dateOf(endDate, "end_date");
            Instant from = dateOf(startDate, "start_date");
            if (from == null) {
                from = (to == null ? clock.instant() : to).minus(DEFAULT_WINDOW);
            }
            filter = new ReportFilter(ReportResource.blankToNull(serviceCode), statusesOf(status), from, to,
                    List.of(), 0, MAX_REQUESTS);
        }
        List<Map<String, Object>> found = queries.list(filter, "sv").rows().stream()
                .map(Open311Resource::requestOf).toList();
        return Open311Format.list(Response.Status.OK, format, "service_requests", "request", found);
    }

    @GET
    @Path("requests/{id}." + FORMAT)
    public Response request(@PathParam("id") String id, @PathParam("format") String format) {
        guarded(format);
        PublicReport report = queries.byReference(id, "sv")
                .orElseThrow(() -> new Open311Errors.Failure(Response.Status.NOT_FOUND, "service_request_id not found"));
        return Open311Format.list(Response.Status.OK, format, "service_requests", "request",
                List.of(requestOf(report)));
    }

    @GET
    @Path("tokens/{token}." + FORMAT)
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        guarded(format);
        String reference = queries.referenceOfToken(token)
                .orElseThrow(() -> new Open311Errors.Failure(Response.Status.NOT_FOUND, "token not found"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("service_request_id", reference);
        item.put("token", token);
        return Open311Format.list(Response.Status.OK, format, "service_requests", "request", List.of(item));
    }

    /**
     * Files a report. The form is decoded here as UTF-8, as the spec requires, whatever charset the
     * client names (or omits: a servlet container would read it as ISO-8859-1).
     */
    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("format") String format, String body) {
        Map<String, String> form = formOf(body);
        String apiKey = form.get("api_key");
        String serviceCode = form.get("service_code");
        String latitude = form.get("lat");
        String longitude = form.get("long");
        String address = form.get("address_string");
        String email = form.get("email");
        String phone = form.get("phone");
        String description = form.get("description");
        guarded(format);
        if (!queries.isActiveApiKey(apiKey)) {
            throw new Open311Errors.Failure(Response.Status.FORBIDDEN, "api_key was not provided or is not valid");
        }
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new Open311Errors.Failure(Response.Status.BAD_REQUEST, "service_code was not provided");
        }
        Double lat = coordinateOf(latitude, "lat");
        Double lon = coordinateOf(longitude, "long");
        String place = address;
        if (place == null || place.isBlank()) {
            if (lat == null || lon == null) {
                throw new Open311Errors.Failure(Response.Status.BAD_REQUEST,
                        "lat and long, or address_string, must be provided");
            }
            place = String.format(Locale.ROOT, "%.5f, %.5f", lat, lon);
        }
        boolean contact = (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
        if (queries.category(serviceCode, "sv").isEmpty()) {
            throw new Open311Errors.Failure(Response.Status.NOT_FOUND, "service_code not found");
        }
        Submitted submitted = reports.submitWithApiKey(new ReportDraft(serviceCode.strip(), lat, lon, place,
                description, Set.of(), Set.of(), email, phone, contact, "sv"), apiKey);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("service_request_id", submitted.reference());
        item.put("service_notice", "Solna stad har tagit emot rapporten.");
        item.put("account_id", null);
        return Open311Format.list(Response.Status.CREATED, format, "service_requests", "request", List.of(item));
    }

    /** Answers the format; refuses when this resource is reached through {@code /api}, not {@code /open311}. */
    private String guarded(String format) {
        if (!uri.getBaseUri().getPath().endsWith("/open311/")) {
            throw new NotFoundException();
        }
        return format;
    }

    private static Map<String, String> formOf(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                form.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new Open311Errors.Failure(Response.Status.BAD_REQUEST, "the form is not URL-encoded");
            }
        }
        return form;
    }

    private static Map<String, Object> serviceOf(CategoryView category) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.code());
        service.put("service_name", category.name());
        service.put("description", category.description());
        service.put("metadata", false);
        service.put("type", "realtime");
        service.put("keywords", "trygghet, " + category.name().toLowerCase(Locale.forLanguageTag("sv")));
        service.put("group", category.department());
        return service;
    }

    private static Map<String, Object> requestOf(PublicReport report) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", report.reference());
        request.put("status", report.status().isOpen() ? "open" : "closed");
        request.put("status_notes", report.latestAnswer());
        request.put("service_name", report.categoryName());
        request.put("service_code", report.categoryCode());
        request.put("description", report.description());
        request.put("agency_responsible", report.department());
        request.put("service_notice", null);
        request.put("requested_datetime", w3c(report.createdAt()));
        request.put("updated_datetime", w3c(report.updatedAt()));
        request.put("expected_datetime", null);
        request.put("address", report.place());
        request.put("address_id", null);
        request.put("zipcode", null);
        request.put("lat", report.latitude());
        request.put("long", report.longitude());
        request.put("media_url", null);
        return request;
    }

    private static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(SOLNA)
                .toOffsetDateTime());
    }

    private static Instant dateOf(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Errors.Failure(Response.Status.BAD_REQUEST,
                    name + " must be a W3C date-time with a time zone, e.g. 2026-11-05T13:15:30Z");
        }
    }

    private static Set<ReportStatus> statusesOf(String status) {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        for (String one : status.split(",")) {
            switch (one.strip()) {
                case "open" -> statuses.addAll(OPEN);
                case "closed" -> statuses.addAll(EnumSet.complementOf(EnumSet.copyOf(OPEN)));
                default -> throw new Open311Errors.Failure(Response.Status.BAD_REQUEST,
                        "status must be open or closed");
            }
        }
        return statuses;
    }

    private static Double coordinateOf(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Open311Errors.Failure(Response.Status.BAD_REQUEST, name + " must be a number in degrees");
        }
    }
}
