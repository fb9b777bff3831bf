package se.tryggstad.portal.remiss.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.remiss.domain.AttachmentUpload;
import se.tryggstad.portal.remiss.domain.RemissRejected;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Decides what an attached file is from its content: a PDF that PDFBox can open, or a PNG/JPEG image that
 * ImageIO recognises. Anything else, an empty file or one above the size limit is refused at the field.
 */
@ApplicationScoped
public class AttachmentInspector {

    @Inject
    @ConfigProperty(name = "trygg.remiss.attachment.max-bytes", defaultValue = "10485760")
    int maxBytes;

    @Inject
    @ConfigProperty(name = "trygg.remiss.attachment.max-count", defaultValue = "10")
    int maxCount;

    public int maxBytes() {
        return maxBytes;
    }

    /** Checks every file before anything is stored; answers the content type of each, in order. */
    public List<String> contentTypes(List<AttachmentUpload> uploads) {
        if (uploads.size() > maxCount) {
            throw RemissRejected.invalid("attachments", "remiss.attachment.tooMany");
        }
        return uploads.stream().map(this::contentType).toList();
    }

    String contentType(AttachmentUpload upload) {
        byte[] content = upload.content();
        if (content.length == 0) {
            throw RemissRejected.invalid("attachments", "remiss.attachment.empty");
        }
        if (content.length > maxBytes) {
            throw RemissRejected.invalid("attachments", "remiss.attachment.tooLarge");
        }
        if (isPdf(content)) {
            return "application/pdf";
        }
        String image = imageFormat(content);
        if ("png".equals(image)) {
            return "image/png";
        }
        if ("jpeg".equals(image)) {
            return "image/jpeg";
        }
        throw RemissRejected.invalid("attachments", "remiss.attachment.type");
    }

    private static boolean isPdf(byte[] content) {
        if (content.length < 5 || content[0] != '%' || content[1] != 'P' || content[2] != 'D' || content[3] != 'F') {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() >= 1;
        } catch (IOException notAPdf) {
            return false;
        }
    }

    private static String imageFormat(byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (input == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                reader.getWidth(0);
                return reader.getFormatName().toLowerCase(Locale.ROOT);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException notAnImage) {
            return null;
        }
    }
}
