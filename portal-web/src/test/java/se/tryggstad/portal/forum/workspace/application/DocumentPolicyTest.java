package se.tryggstad.portal.forum.workspace.application;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.shared.FieldProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentPolicyTest {

    private final DocumentPolicy policy = policy(1);

    static DocumentPolicy policy(int megabytes) {
        DocumentPolicy policy = new DocumentPolicy();
        policy.maxMegabytes = megabytes;
        return policy;
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void pdfTextAndOfficeFilesAreKeptByTheirBytes() throws IOException {
        assertEquals(Optional.empty(), policy.problemWith(pdf()));
        assertEquals("application/pdf", policy.stored("protokoll.txt", pdf()).mediaType(), "the bytes decide, not the name");
        byte[] text = "Möte på torget klockan 18.\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), policy.problemWith(text));
        assertEquals("text/plain", policy.stored("evil.html", text).mediaType());
        assertEquals(Optional.empty(), policy.problemWith(docx()));
        assertTrue(policy.stored("plan.docx", docx()).mediaType().contains("wordprocessingml"),
                policy.stored("plan.docx", docx()).mediaType());
    }

    @Test
    void scriptsExecutablesArchivesAndTooBigFilesAreRefused() throws IOException {
        Optional<FieldProblem> type = Optional.of(new FieldProblem("file", "forum.doc.type"));
        assertEquals(type, policy.problemWith("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(type, policy.problemWith(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF}));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("a.exe"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertEquals(type, policy.problemWith(zipped.toByteArray()));
        assertEquals(type, policy.problemWith("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(new FieldProblem("file", "forum.doc.tooBig")), policy.problemWith(new byte[1024 * 1024 + 1]));
        assertEquals(Optional.of(new FieldProblem("file", "forum.doc.fileMissing")), policy.problemWith(new byte[0]));
    }

    @Test
    void fileNamesAreCutToASafeLastSegment() {
        assertEquals("plan.pdf", DocumentPolicy.safeName("C:\\Users\\x\\plan.pdf"));
        assertEquals("ab.pdf", DocumentPolicy.safeName("../a\"b\n.pdf"));
        assertEquals("dokument", DocumentPolicy.safeName(".."));
        assertEquals("dokument", DocumentPolicy.safeName(null));
    }
}
