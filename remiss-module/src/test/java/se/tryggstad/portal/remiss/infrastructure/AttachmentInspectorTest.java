package se.tryggstad.portal.remiss.infrastructure;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import se.tryggstad.portal.remiss.domain.AttachmentUpload;
import se.tryggstad.portal.remiss.domain.RemissRejected;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Types are found from the content: a real PDF, PNG or JPEG passes; names, fakes and oversized files do not. */
class AttachmentInspectorTest {

    private static AttachmentInspector inspector(int maxBytes) {
        AttachmentInspector inspector = new AttachmentInspector();
        inspector.maxBytes = maxBytes;
        inspector.maxCount = 3;
        return inspector;
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, bytes);
        return bytes.toByteArray();
    }

    @Test
    void realFilesAreRecognisedWhateverTheirNames() throws IOException {
        assertEquals(List.of("application/pdf", "image/png", "image/jpeg"), inspector(1_000_000).contentTypes(List.of(
                new AttachmentUpload("bild.png", pdf()), new AttachmentUpload("x.pdf", image("png")),
                new AttachmentUpload("karta", image("jpeg")))));
    }

    @Test
    void fakesEmptyTooLargeAndTooManyFilesAreRefused() throws IOException {
        assertEquals("remiss.attachment.type", refusal(inspector(1_000_000),
                new AttachmentUpload("a.pdf", "%PDF-1.7 inte alls".getBytes(StandardCharsets.UTF_8))));
        assertEquals("remiss.attachment.type", refusal(inspector(1_000_000),
                new AttachmentUpload("a.exe", new byte[] {'M', 'Z', 1, 2, 3})));
        assertEquals("remiss.attachment.empty", refusal(inspector(1_000_000), new AttachmentUpload("a.pdf", new byte[0])));
        assertEquals("remiss.attachment.tooLarge", refusal(inspector(100), new AttachmentUpload("a.pdf", pdf())));
        AttachmentUpload one = new AttachmentUpload("a.png", image("png"));
        RemissRejected tooMany = assertThrows(RemissRejected.class,
                () -> inspector(1_000_000).contentTypes(List.of(one, one, one, one)));
        assertEquals("remiss.attachment.tooMany", tooMany.messageKey());
    }

    private static String refusal(AttachmentInspector inspector, AttachmentUpload upload) {
        return assertThrows(RemissRejected.class, () -> inspector.contentTypes(List.of(upload))).messageKey();
    }
}
