package se.tryggstad.portal.remiss.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import se.tryggstad.portal.remiss.domain.YttrandeContent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The yttrande as an A4 PDF. The font is Liberation Sans, which ships inside the PDFBox jar, embedded (subset)
 * so that å, ä and ö render and can be extracted again in any reader. The document dates are fixed to the
 * yttrande's date, so the same content gives the same bytes' meaning (the stored SHA-256 is of what was sent).
 */
@ApplicationScoped
public class YttrandePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    public byte[] render(YttrandeContent content) {
        try (PDDocument document = new PDDocument(); InputStream font = YttrandePdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("the PDFBox jar lacks " + FONT);
            }
            PDFont regular = PDType0Font.load(document, font);
            Writer writer = new Writer(document, regular);
            writer.line(content.city(), 18);
            writer.line("Yttrande " + content.number() + " till Polismyndigheten", 14);
            writer.gap();
            writer.line("Diarienummer: " + content.diarienummer(), 11);
            writer.line("Polisens ärendenummer: " + content.policeCaseNumber(), 11);
            writer.line("Datum: " + content.date().format(DateTimeFormatter.ISO_LOCAL_DATE), 11);
            writer.gap();
            writer.line("Evenemanget", 13);
            for (String[] fact : content.eventSummary()) {
                writer.wrapped(fact[0] + ": " + fact[1], 11);
            }
            writer.gap();
            writer.line("Villkor", 13);
            if (content.villkor().isEmpty()) {
                writer.wrapped("Staden har inga villkor för evenemanget.", 11);
            }
            int n = 1;
            for (String villkor : content.villkor()) {
                writer.wrapped(n++ + ". " + villkor, 11);
            }
            writer.gap();
            writer.line("Handläggare: " + content.handler(), 11);
            writer.line("Granskad av: " + content.reviewer(), 11);
            writer.close();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Yttrande " + content.diarienummer());
            info.setAuthor(content.city());
            Calendar date = GregorianCalendar.from(content.date().atStartOfDay(TimeZone.getTimeZone("Europe/Stockholm").toZoneId()));
            info.setCreationDate(date);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the yttrande PDF", e);
        }
    }

    /** Writes lines top-down, starting a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void line(String text, float size) throws IOException {
            if (y < MARGIN + size) {
                newPage();
            }
            y -= size * 1.4f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(printable(text));
            stream.endText();
        }

        void wrapped(String text, float size) throws IOException {
            for (String line : wrap(printable(text), size)) {
                line(line, size);
            }
        }

        void gap() {
            y -= 8;
        }

        void close() throws IOException {
            stream.close();
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        /** Line breaks and tabs are not glyphs; characters the font lacks become '?'. */
        private String printable(String text) {
            StringBuilder printable = new StringBuilder();
            text.replaceAll("[\\r\\n\\t]+", " ").codePoints()
                    .forEach(point -> printable.appendCodePoint(hasGlyph(point) ? point : '?'));
            return printable.toString();
        }

        private boolean hasGlyph(int codePoint) {
            try {
                return ((PDType0Font) font).hasGlyph(codePoint);
            } catch (IOException e) {
                return false;
            }
        }
    }
}
