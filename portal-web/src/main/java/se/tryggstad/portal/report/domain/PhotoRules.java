package se.tryggstad.portal.report.domain;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Which photos a report may carry, and how they are stored: only JPEG and PNG (recognised by their
 * bytes, never by name or declared type), within the size, count and pixel limits, and always
 * decoded and encoded again as JPEG, so that nothing but pixels survives (no EXIF, GPS or XMP).
 * The pixel limit is checked from the image header before decoding, so a small file that would
 * decode into gigabytes (a decompression bomb) is refused cheaply.
 *
 * <p>The EXIF orientation of a JPEG is applied to the pixels before the metadata is dropped, so a
 * phone photo taken upright is stored upright.
 */
public record PhotoRules(long maxBytes, int maxCount, long maxPixels, int maxSide) {

    public static final String FIELD = "photos";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
            "msf1", "avif");
    private static final float QUALITY = 0.85f;

    public PhotoRules {
        if (maxBytes < 1 || maxCount < 0 || maxPixels < 1 || maxSide < 16) {
            throw new IllegalArgumentException("photo limits must be positive");
        }
    }

    /** All photos of one report, cleaned, in the order given; empty file inputs are skipped. */
    public List<CleanPhoto> clean(List<PhotoUpload> uploads) {
        List<PhotoUpload> photos = uploads == null ? List.of()
                : uploads.stream().filter(upload -> !upload.isEmpty()).toList();
        if (photos.size() > maxCount) {
            throw ReportRejected.invalid(FIELD, "report.photo.tooMany");
        }
        List<CleanPhoto> cleaned = new ArrayList<>(photos.size());
        for (PhotoUpload photo : photos) {
            cleaned.add(clean(photo));
        }
        return cleaned;
    }

    public CleanPhoto clean(PhotoUpload upload) {
        byte[] content = upload.content();
        if (content.length > maxBytes) {
            throw ReportRejected.invalid(FIELD, "report.photo.tooBig");
        }
        if (isHeif(content)) {
            throw ReportRejected.invalid(FIELD, "report.photo.heic");
        }
        String format = startsWith(content, JPEG) ? "jpeg" : startsWith(content, PNG) ? "png" : null;
        if (format == null) {
            throw ReportRejected.invalid(FIELD, "report.photo.notImage");
        }
        try {
            return reencode(decode(content, format));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReportRejected rejected) {
                throw rejected;
            }
            throw ReportRejected.invalid(FIELD, "report.photo.broken");
        }
    }

    /** The decoded pixels, and how the camera says they must be turned (EXIF orientation 1–8). */
    private record Decoded(BufferedImage image, int orientation) {
    }

    private Decoded decode(byte[] content, String format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IOException("no reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > maxPixels) {
                throw ReportRejected.invalid(FIELD, "report.photo.tooManyPixels");
            }
            // A cut-off file decodes with a warning and grey rows; we want the whole photo or nothing.
            reader.addIIOReadWarningListener((source, warning) -> {
                throw new IllegalStateException(warning);
            });
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new IOException("no image");
            }
            return new Decoded(image, "jpeg".equals(format) ? ExifOrientation.of(reader) : 1);
        } finally {
            reader.dispose();
        }
    }

    private CleanPhoto reencode(Decoded decoded) throws IOException {
        BufferedImage original = decoded.image();
        double scale = Math.min(1.0, (double) maxSide / Math.max(original.getWidth(), original.getHeight()));
        int width = Math.max(1, (int) Math.round(original.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(original.getHeight() * scale));
        boolean sideways = decoded.orientation() >= 5;
        int canvasWidth = sideways ? height : width;
        int canvasHeight = sideways ? width : height;
        // Drawing onto a fresh RGB canvas drops alpha (JPEG has none) and keeps only pixels.
        BufferedImage rgb = new BufferedImage(canvasWidth, canvasHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, canvasWidth, canvasHeight);
            ExifOrientation.turn(graphics, decoded.orientation(), width, height);
            graphics.drawImage(original, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return new CleanPhoto(out.toByteArray(), canvasWidth, canvasHeight);
    }

    /** HEIC/HEIF/AVIF: an ISO box file whose first box is {@code ftyp} with an image brand. */
    static boolean isHeif(byte[] content) {
        if (content.length < 12 || !"ftyp".equals(new String(content, 4, 4, StandardCharsets.ISO_8859_1))) {
            return false;
        }
        String brand = new String(content, 8, 4, StandardCharsets.ISO_8859_1);
        return HEIF_BRANDS.contains(brand);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
