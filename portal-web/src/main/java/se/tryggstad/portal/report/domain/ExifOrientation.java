package se.tryggstad.portal.report.domain;

import org.w3c.dom.Node;

import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import java.awt.Graphics2D;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The EXIF orientation tag (0x0112) of a JPEG, read from the APP1 block that ImageIO hands over
 * unparsed, and the drawing transform that makes the pixels upright. Anything unreadable counts as
 * 1 (as stored): a wrongly turned photo is better than a refused one.
 */
final class ExifOrientation {

    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";
    private static final String APP1 = "225";
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** Orientation 1–8 of the image the reader has just read. */
    static int of(ImageReader reader) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null) {
                return 1;
            }
            Node root = metadata.getAsTree(JPEG_METADATA);
            for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!"markerSequence".equals(child.getNodeName())) {
                    continue;
                }
                for (Node marker = child.getFirstChild(); marker != null; marker = marker.getNextSibling()) {
                    if (marker instanceof IIOMetadataNode unknown && "unknown".equals(marker.getNodeName())
                            && APP1.equals(unknown.getAttribute("MarkerTag"))
                            && unknown.getUserObject() instanceof byte[] app1) {
                        int orientation = fromApp1(app1);
                        if (orientation != 0) {
                            return orientation;
                        }
                    }
                }
            }
            return 1;
        } catch (Exception unreadable) {
            return 1;
        }
    }

    /** The orientation in an APP1 payload ("Exif\0\0" and a TIFF structure), or 0 when it has none. */
    static int fromApp1(byte[] app1) {
        if (app1.length < 14 || !"Exif".equals(new String(app1, 0, 4, StandardCharsets.ISO_8859_1))) {
            return 0;
        }
        try {
            ByteBuffer tiff = ByteBuffer.wrap(app1, 6, app1.length - 6).slice();
            tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int ifd = tiff.getInt(4);
            int entries = Short.toUnsignedInt(tiff.getShort(ifd));
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + 12 * i;
                if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
                    int orientation = Short.toUnsignedInt(tiff.getShort(entry + 8));
                    return orientation >= 1 && orientation <= 8 ? orientation : 0;
                }
            }
            return 0;
        } catch (IndexOutOfBoundsException | IllegalArgumentException broken) {
            return 0;
        }
    }

    /**
     * Sets up {@code graphics} so that drawing the stored {@code width} × {@code height} pixels at
     * (0, 0) comes out upright; for 5–8 the canvas is {@code height} × {@code width}.
     */
    static void turn(Graphics2D graphics, int orientation, int width, int height) {
        switch (orientation) {
            case 2 -> { graphics.translate(width, 0); graphics.scale(-1, 1); }
            case 3 -> { graphics.translate(width, height); graphics.rotate(Math.PI); }
            case 4 -> { graphics.translate(0, height); graphics.scale(1, -1); }
            case 5 -> { graphics.rotate(Math.PI / 2); graphics.scale(1, -1); }
            case 6 -> { graphics.translate(height, 0); graphics.rotate(Math.PI / 2); }
            case 7 -> { graphics.translate(height, width); graphics.rotate(Math.PI / 2); graphics.scale(-1, 1); }
            case 8 -> { graphics.translate(0, width); graphics.rotate(-Math.PI / 2); }
            default -> { }
        }
    }
}
