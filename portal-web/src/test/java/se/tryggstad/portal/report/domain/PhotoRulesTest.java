package se.tryggstad.portal.report.domain;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoRulesTest {

    private final PhotoRules rules = new PhotoRules(8L * 1024 * 1024, 3, 40_000_000L, 2048);

    @Test
    void aPhotoWithGpsIsStoredWithoutAnyMetadata() throws IOException {
        byte[] original = PhotoFixtures.jpegWithGps(640, 480);
        assertNotNull(PhotoFixtures.gpsOf(original), "the fixture carries GPS");
        assertEquals(PhotoFixtures.LATITUDE, PhotoFixtures.gpsOf(original).getLatitudeAsDegreesNorth(), 0.0001);

        CleanPhoto clean = rules.clean(new PhotoUpload("IMG_0001.jpg", "image/jpeg", original));

        assertEquals(null, PhotoFixtures.gpsOf(clean.jpeg()));
        assertFalse(PhotoFixtures.carriesMetadata(clean.jpeg()));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.jpeg()));
        assertEquals(640, decoded.getWidth());
        assertEquals(480, decoded.getHeight());
        assertEquals(640, clean.width());
    }

    @Test
    void pngBecomesJpegAndLargePhotosAreScaledDown() throws IOException {
        byte[] png = PhotoFixtures.encode(PhotoFixtures.picture(4000, 1000), "png");

        CleanPhoto clean = rules.clean(new PhotoUpload("karta.png", "image/png", png));

        assertEquals(2048, clean.width());
        assertEquals(512, clean.height());
        assertEquals((byte) 0xFF, clean.jpeg()[0]);
        assertEquals((byte) 0xD8, clean.jpeg()[1]);
        assertEquals(2048, ImageIO.read(new ByteArrayInputStream(clean.jpeg())).getWidth());
    }

    @Test
    void aPhotoTakenUprightIsStoredUpright() throws IOException {
        // As the sensor saw it: red on the left, blue on the right; EXIF 6 says "turn 90° clockwise".
        BufferedImage sensor = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sensor.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 100, 100);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(100, 0, 100, 100);
        graphics.dispose();

        CleanPhoto clean = rules.clean(new PhotoUpload("IMG_0003.jpg", "image/jpeg",
                PhotoFixtures.jpegWithOrientation(sensor, 6)));

        assertEquals(100, clean.width());
        assertEquals(200, clean.height());
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(clean.jpeg()));
        assertEquals(100, upright.getWidth());
        Color top = new Color(upright.getRGB(50, 30));
        Color bottom = new Color(upright.getRGB(50, 170));
        assertTrue(top.getRed() > 200 && top.getBlue() < 60, "the left side is now on top: " + top);
        assertTrue(bottom.getBlue() > 200 && bottom.getRed() < 60, "the right side is now below: " + bottom);
        assertFalse(PhotoFixtures.carriesMetadata(clean.jpeg()));
    }

    @Test
    void heicIsRefusedWithItsOwnMessage() {
        assertRefused("report.photo.heic", new PhotoUpload("IMG_0002.HEIC", "image/heic", PhotoFixtures.heic()));
    }

    @Test
    void aTextFileIsNoImageWhateverItsNameAndDeclaredType() {
        assertRefused("report.photo.notImage", new PhotoUpload("foto.jpg", "image/jpeg",
                "hej, det här är ingen bild".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTruncatedJpegIsRefused() {
        assertRefused("report.photo.broken", new PhotoUpload("halv.jpg", "image/jpeg", PhotoFixtures.truncatedJpeg()));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] bomb = PhotoFixtures.pngClaiming(100_000, 100_000);
        assertTrue(bomb.length < 1000);
        assertRefused("report.photo.tooManyPixels", new PhotoUpload("bomb.png", "image/png", bomb));
    }

    @Test
    void sizeAndCountAreLimited() {
        PhotoRules small = new PhotoRules(1000, 2, 40_000_000L, 2048);
        byte[] photo = PhotoFixtures.encode(PhotoFixtures.picture(300, 300), "jpeg");
        assertTrue(photo.length > 1000);
        assertRefused(small, "report.photo.tooBig", List.of(new PhotoUpload("a.jpg", "image/jpeg", photo)));
        byte[] tiny = PhotoFixtures.encode(PhotoFixtures.picture(8, 8), "png");
        PhotoUpload one = new PhotoUpload("a.png", "image/png", tiny);
        assertRefused(small, "report.photo.tooMany", List.of(one, one, one));
        assertEquals(2, small.clean(List.of(one, one)).size());
    }

    @Test
    void emptyFileInputsAreNoPhotos() {
        assertEquals(0, rules.clean(List.of(new PhotoUpload("", "application/octet-stream", new byte[0]))).size());
        assertEquals(0, rules.clean((List<PhotoUpload>) null).size());
    }

    private void assertRefused(String messageKey, PhotoUpload upload) {
        assertRefused(rules, messageKey, List.of(upload));
    }

    private static void assertRefused(PhotoRules rules, String messageKey, List<PhotoUpload> uploads) {
        ReportRejected rejected = assertThrows(ReportRejected.class, () -> rules.clean(uploads));
        assertEquals(PhotoRules.FIELD, rejected.field());
        assertEquals(messageKey, rejected.messageKey());
    }
}
