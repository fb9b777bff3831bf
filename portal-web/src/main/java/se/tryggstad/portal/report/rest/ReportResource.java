package se.tryggstad.portal.report.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.executable.ExecutableType;
import jakarta.validation.executable.ValidateOnExecution;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.HistoryEntry;
import se.tryggstad.portal.report.application.NearbyReport;
import se.tryggstad.portal.report.application.PhotoPolicy;
import se.tryggstad.portal.report.application.PublicReport;
import se.tryggstad.portal.report.application.ReportPhotoQueries;
import se.tryggstad.portal.report.application.ReportPage;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportService;
import se.tryggstad.portal.report.application.Submitted;
import se.tryggstad.portal.report.application.TrackedReport;
import se.tryggstad.portal.report.domain.PhotoRules;
import se.tryggstad.portal.report.domain.PhotoUpload;
import se.tryggstad.portal.report.domain.ReportDraft;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.report.domain.UnsafeTime;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Trygghetsrapporter for everyone, no account: {@code /api/reports}. Lists never show contact
 * details; the tracking token is the only key to a report's own page.
 *
 * <p>One instance serves every request (the request itself comes through the {@code @Context}
 * proxy): creating and validating a resource per request was a measurable part of each submission.
 */
@Path("/reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    /**
     * A new report. {@code website} is a honeypot that people never see: a filled one is a bot.
     * Coordinates are optional but come in pairs; contact details need {@code consent}.
     */
    public record ReportRequest(String category, Double latitude, Double longitude, String place,
                                String description, Set<UnsafeTime> unsafeTimes, Set<DayOfWeek> unsafeDays,
                                String email, String phone, Boolean consent, String language, String website) {
    }

    /** The committed report: quote the reference; keep the tracking link secret. */
    public record ReportCreated(String reference, String trackingToken, String trackingPath) {
    }

    public record Supported(String reference, int supporters) {
    }

    public record Tracked(PublicReport report, List<HistoryEntry> history) {
        static Tracked of(TrackedReport tracked) {
            return new Tracked(tracked.report(), tracked.history());
        }
    }

    @Inject
    ReportService reports;

    @Inject
    ReportQueries queries;

    @Inject
    ReportPhotoQueries photoQueries;

    @Inject
    PhotoPolicy photoPolicy;

    private static final Jsonb JSON = JsonbBuilder.create();
    static final String PUBLIC_PHOTO_CACHE = "public, no-cache";

    @Context
    HttpServletRequest request;

    @GET
    @Path("categories")
    public List<CategoryView> categories(@QueryParam("lang") @DefaultValue("sv") String language) {
        return queries.categories(languageOf(language));
    }

    @GET
    public ReportPage list(@QueryParam("category") String category, @QueryParam("status") String status,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size,
                           @QueryParam("lang") @DefaultValue("sv") String language) {
        if (page < 0 || size < 1 || size > 100) {
            throw ReportRejected.invalid("size", "report.list.paging");
        }
        return queries.list(ReportFilter.of(blankToNull(category), statusOf(status), page * size, size),
                languageOf(language));
    }

    @GET
    @Path("nearby")
    public List<NearbyReport> nearby(@QueryParam("category") String category,
                                     @QueryParam("lat") Double latitude, @QueryParam("lon") Double longitude,
                                     @QueryParam("lang") @DefaultValue("sv") String language) {
        if (latitude == null || longitude == null) {
            throw ReportRejected.invalid("lat", "report.position.incomplete");
        }
        GeoPoint point;
        try {
            point = new GeoPoint(latitude, longitude);
        } catch (IllegalArgumentException e) {
            throw ReportRejected.invalid("lat", "report.position.outside");
        }
        return queries.nearby(blankToNull(category), point, languageOf(language));
    }

    @GET
    @Path("{reference: TR-[0-9]{4}-[0-9]{6,12}}")
    public PublicReport one(@PathParam("reference") String reference,
                            @QueryParam("lang") @DefaultValue("sv") String language) {
        return queries.byReference(reference, languageOf(language)).orElseThrow(ReportRejected::notFound);
    }

    @GET
    @Path("tracking/{token}")
    public Tracked track(@PathParam("token") String token, @QueryParam("lang") @DefaultValue("sv") String language) {
        return queries.track(token, languageOf(language)).map(Tracked::of).orElseThrow(ReportRejected::notFound);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ValidateOnExecution(type = ExecutableType.NONE)
    public Response submit(ReportRequest body) {
        // checked here, not with @NotNull: Bean Validation of the parameter took 6 % of a submission, and
        // RESTEasy builds a validator for every call of a method that may be validated (ADR 0014)
        if (body == null) {
            throw ReportRejected.invalid(null, "report.body.required");
        }
        if (body.website() != null && !body.website().isBlank()) {
            throw ReportRejected.invalid("website", "report.honeypot");
        }
        Submitted submitted = reports.submit(new ReportDraft(body.category(), body.latitude(), body.longitude(),
                body.place(), body.description(), body.unsafeTimes(), body.unsafeDays(), body.email(), body.phone(),
                Boolean.TRUE.equals(body.consent()), languageOf(body.language())),
                request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        return Response.created(URI.create("reports/" + submitted.reference()))
                .entity(new ReportCreated(submitted.reference(), submitted.trackingToken(),
                        "/rapport.xhtml?token=" + submitted.trackingToken())).build();
    }

    /**
     * A new report with photos, as {@code multipart/form-data}: a part {@code report} with the same
     * JSON as {@link #submit(ReportRequest)} and up to the configured number of parts {@code photo}
     * (JPEG or PNG). A refused photo refuses the whole report; nothing is stored.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submitWithPhotos(List<EntityPart> parts) throws IOException {
        ReportRequest body = null;
        List<PhotoUpload> photos = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("report".equals(part.getName())) {
                body = JSON.fromJson(new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8),
                        ReportRequest.class);
            } else if ("photo".equals(part.getName())) {
                if (photos.size() >= photoPolicy.maxCount()) {
                    throw ReportRejected.invalid(PhotoRules.FIELD, "report.photo.tooMany");
                }
                try (InputStream content = part.getContent()) {
                    // One byte past the limit is enough to know it is too big.
                    byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, photoPolicy.maxBytes() + 1));
                    photos.add(new PhotoUpload(part.getFileName().orElse(null),
                            part.getMediaType() == null ? null : part.getMediaType().toString(), bytes));
                }
            }
        }
        if (body == null) {
            throw ReportRejected.invalid("report", "report.photo.reportPartMissing");
        }
        if (body.website() != null && !body.website().isBlank()) {
            throw ReportRejected.invalid("website", "report.honeypot");
        }
        Submitted submitted = reports.submit(draftOf(body), photos, request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"));
        return Response.created(URI.create("reports/" + submitted.reference()))
                .entity(new ReportCreated(submitted.reference(), submitted.trackingToken(),
                        "/rapport.xhtml?token=" + submitted.trackingToken())).build();
    }

    /**
     * Photo number {@code n} (from 1) of a public report: always our re-encoded JPEG without
     * metadata. Search engines are told not to index it. Caches keep the bytes but must ask again
     * every time ({@code no-cache}): a photo of a report that staff took out of public view is then
     * never shown again; an unchanged public photo costs a 304 (its ETag is the stored photo's id,
     * and stored photos never change).
     */
    @GET
    @Path("{reference: TR-[0-9]{4}-[0-9]{6,12}}/photos/{n: [0-9]{1,3}}")
    @Produces("image/jpeg")
    public Response photo(@PathParam("reference") String reference, @PathParam("n") int sequence,
                          @Context Request conditions) {
        EntityTag tag = new EntityTag("photo-" + photoQueries.photoId(reference, sequence)
                .orElseThrow(ReportRejected::notFound));
        Response.ResponseBuilder notModified = conditions.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header("Cache-Control", PUBLIC_PHOTO_CACHE).build();
        }
        byte[] jpeg = photoQueries.photo(reference, sequence).orElseThrow(ReportRejected::notFound);
        return Response.ok(jpeg, "image/jpeg").tag(tag).header("Cache-Control", PUBLIC_PHOTO_CACHE)
                .header("X-Robots-Tag", "noindex, noimageindex")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"" + reference + "-" + sequence + ".jpg\"")
                .build();
    }

    private static ReportDraft draftOf(ReportRequest body) {
        return new ReportDraft(body.category(), body.latitude(), body.longitude(), body.place(), body.description(),
                body.unsafeTimes(), body.unsafeDays(), body.email(), body.phone(),
                Boolean.TRUE.equals(body.consent()), languageOf(body.language()));
    }

    @POST
    @Path("{reference}/support")
    public Supported support(@PathParam("reference") String reference) {
        int supporters = reports.support(reference, request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        return new Supported(reference, supporters);
    }

    static ReportStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReportStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ReportRejected.invalid("status", "report.status.unknown");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String languageOf(String language) {
        return "en".equals(language) ? "en" : "sv";
    }
}
