package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report photos through {@code POST /api/reports} as multipart: a phone photo with GPS is served
 * without any metadata, caches must revalidate it (ETag, 304) so it is gone once staff unpublish the
 * report, and every bad photo refuses the whole report with nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class ReportPhotoIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    /** One photo part of a request. */
    private record Photo(String fileName, String contentType, byte[] content) {
    }

    @Test
    void aPhotoWithGpsIsServedWithoutMetadataOnThePublicAndTrackingPages() throws IOException {
        byte[] original = PhotoFixtures.jpegWithGps(800, 600);
        assertNotNull(PhotoFixtures.gpsOf(original), "the fixture carries GPS");
        String place = TestServer.uniqueName("Råsunda torg");

        HttpResponse<String> created = submit(place, List.of(new Photo("IMG_4711.jpg", "image/jpeg", original),
                new Photo("skiss.png", "image/png", PhotoFixtures.encode(PhotoFixtures.picture(300, 200), "png"))));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = ApiClient.json(created);
        String reference = body.getString("reference");

        HttpResponse<byte[]> served = getBytes("/api/reports/" + reference + "/photos/1");
        assertEquals(200, served.statusCode());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, no-cache", served.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(served.headers().firstValue("X-Robots-Tag").orElseThrow().contains("noindex"));
        assertNull(PhotoFixtures.gpsOf(served.body()), "no GPS in the served photo");
        assertFalse(PhotoFixtures.carriesMetadata(served.body()), "no EXIF or XMP at all");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());

        HttpResponse<byte[]> png = getBytes("/api/reports/" + reference + "/photos/2");
        assertEquals(200, png.statusCode());
        assertEquals((byte) 0xFF, png.body()[0], "PNG is stored as JPEG");
        assertEquals(404, getBytes("/api/reports/" + reference + "/photos/3").statusCode());

        String tracking = new ApiClient().get(body.getString("trackingPath")).body();
        assertTrue(tracking.contains("/api/reports/" + reference + "/photos/2"), tracking);
        String listDetail = new ApiClient().get("/rapporter.xhtml?referens=" + reference).body();
        assertTrue(listDetail.contains("/api/reports/" + reference + "/photos/1"), listDetail);
    }

    @Test
    void browsersRevalidatePublicPhotosSoAnUnpublishedReportsPhotoIsNotShownAgain() {
        HttpResponse<String> created = submit(TestServer.uniqueName("Solna centrum"), List.of(new Photo("a.jpg",
                "image/jpeg", PhotoFixtures.encode(PhotoFixtures.picture(120, 80), "jpeg"))));
        assertEquals(201, created.statusCode(), created.body());
        String reference = ApiClient.json(created).getString("reference");
        String path = "/api/reports/" + reference + "/photos/1";

        HttpResponse<byte[]> first = getBytes(path);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
        assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElseThrow(),
                "caches keep the photo but ask every time");

        HttpResponse<byte[]> revalidated = getBytes(path, etag);
        assertEquals(304, revalidated.statusCode());
        assertEquals(0, revalidated.body().length);
        assertEquals(etag, revalidated.headers().firstValue("ETag").orElseThrow());
        assertEquals("public, no-cache", revalidated.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(200, getBytes(path, "\"something-else\"").statusCode(), "another ETag gets the photo");

        ApiClient staff = TestAccounts.signedInAs("fotostaff", "STAFF");
        JsonObject handling = ReportAdminIT.handlingOf(staff, reference);
        long id = handling.getJsonNumber("id").longValue();
        HttpResponse<String> unpublished = staff.postJson("/api/staff/report-handling/" + id + "/unpublish",
                "{\"version\":" + handling.getJsonNumber("version").longValue() + "}");
        assertEquals(200, unpublished.statusCode(), unpublished.body());

        assertEquals(404, getBytes(path, etag).statusCode(), "a browser that asks again is told the photo is gone");
        assertEquals(404, getBytes(path).statusCode());

        HttpResponse<String> republished = staff.postJson("/api/staff/report-handling/" + id + "/republish",
                "{\"version\":" + ApiClient.json(unpublished).getJsonNumber("version").longValue() + "}");
        assertEquals(200, republished.statusCode(), republished.body());
        assertEquals(304, getBytes(path, etag).statusCode(), "the same photo again: the browser's copy is good");
    }

    @Test
    void badPhotosAreRefusedAtTheFieldAndNothingIsSaved() {
        long before = reportCount();
        byte[] small = PhotoFixtures.encode(PhotoFixtures.picture(40, 40), "jpeg");

        assertRefused(List.of(new Photo("IMG_0002.HEIC", "image/heic", PhotoFixtures.heic())),
                "HEIC-bilder stöds inte – spara bilden som JPEG");
        assertRefused(List.of(new Photo("foto.jpg", "image/jpeg",
                "det här är en textfil".getBytes(StandardCharsets.UTF_8))), "ingen JPEG- eller PNG-bild");
        assertRefused(List.of(new Photo("halv.jpg", "image/jpeg", PhotoFixtures.truncatedJpeg())), "går inte att läsa");
        assertRefused(List.of(new Photo("bomb.png", "image/png", PhotoFixtures.pngClaiming(100_000, 100_000))),
                "för många bildpunkter");
        assertRefused(List.of(new Photo("a.jpg", "image/jpeg", small), new Photo("b.jpg", "image/jpeg", small),
                new Photo("c.jpg", "image/jpeg", small), new Photo("d.jpg", "image/jpeg", small)), "För många bilder");
        byte[] huge = Arrays.copyOf(small, 8 * 1024 * 1024 + 1);
        assertRefused(List.of(new Photo("stor.jpg", "image/jpeg", huge)), "för stor");
        // A good photo next to a bad one: the whole report is refused.
        assertRefused(List.of(new Photo("ok.jpg", "image/jpeg", small), new Photo("bomb.png", "image/png",
                PhotoFixtures.pngClaiming(100_000, 100_000))), "för många bildpunkter");

        assertEquals(before, reportCount(), "no refused report was saved");
    }

    private void assertRefused(List<Photo> photos, String message) {
        HttpResponse<String> refused = submit(TestServer.uniqueName("Hagalund"), photos);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject error = ApiClient.json(refused).getJsonArray("errors").getJsonObject(0);
        assertEquals("photos", error.getString("field"));
        assertTrue(error.getString("message").contains(message), error.getString("message"));
    }

    private static long reportCount() {
        return ApiClient.json(new ApiClient().get("/api/reports?size=1")).getJsonNumber("total").longValue();
    }

    private static HttpResponse<String> submit(String place, List<Photo> photos) {
        String report = Json.createObjectBuilder().add("category", "klotter").add("place", place)
                .add("description", "Klotter på väggen vid busshållplatsen.").add("latitude", 59.3625)
                .add("longitude", 18.0001).build().toString();
        String boundary = "----trygg" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "report", null, "application/json", report.getBytes(StandardCharsets.UTF_8));
        for (Photo photo : photos) {
            part(body, boundary, "photo", photo.fileName(), photo.contentType(), photo.content());
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(TestServer.uri("/api/reports")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .header("X-Forwarded-For", "203.0.113." + CLIENTS.getAndIncrement())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("POST /api/reports failed", e);
        }
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName,
                             String contentType, byte[] content) {
        List<String> headers = new ArrayList<>();
        headers.add("Content-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\""));
        headers.add("Content-Type: " + contentType);
        body.writeBytes(("--" + boundary + "\r\n" + String.join("\r\n", headers) + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static HttpResponse<byte[]> getBytes(String path) {
        return getBytes(path, null);
    }

    /** A GET, conditional on {@code ifNoneMatch} when it is given. */
    private static HttpResponse<byte[]> getBytes(String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + path + " failed", e);
        }
    }
}
