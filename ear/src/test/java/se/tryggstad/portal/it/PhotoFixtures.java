package se.tryggstad.portal.it;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

/** Real images for photo tests, made here: a JPEG carrying GPS EXIF (Commons Imaging), PNGs, a bomb. */
final class PhotoFixtures {

    static final double LATITUDE = 59.3601;
    static final double LONGITUDE = 17.9987;

    private PhotoFixtures() {
    }

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(30, 90, 160));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG whose EXIF says where it was taken, as a phone's camera writes it. */
    static byte[] jpegWithGps(int width, int height) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(LONGITUDE, LATITUDE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(encode(picture(width, height), "jpeg"), out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GPS position in the image's EXIF, or null when there is no EXIF or no GPS in it. */
    static TiffImageMetadata.GpsInfo gpsOf(byte[] image) {
        try {
            ImageMetadata metadata = Imaging.getMetadata(image);
            if (metadata instanceof JpegImageMetadata jpeg && jpeg.getExif() != null) {
                return jpeg.getExif().getGpsInfo();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any EXIF (APP1 "Exif") or XMP block is in the bytes at all. */
    static boolean carriesMetadata(byte[] image) {
        return contains(image, "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                || contains(image, "http://ns.adobe.com/xap".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** A valid small PNG whose header claims {@code width} × {@code height} pixels. */
    static byte[] pngClaiming(int width, int height) {
        byte[] png = encode(picture(8, 8), "png");
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }

    /** The first half of a real JPEG. */
    static byte[] truncatedJpeg() {
        byte[] whole = encode(picture(400, 300), "jpeg");
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** The start of an iPhone photo: an ISO box file of brand heic. */
    static byte[] heic() {
        byte[] start = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e',
                'i', 'c'};
        return Arrays.copyOf(start, 4096);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
