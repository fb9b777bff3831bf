package se.tryggstad.portal.remiss.infrastructure;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.tryggstad.portal.remiss.domain.YttrandeContent;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The yttrande renders Swedish text that can be extracted again, and long villkor lists go on to a new page. */
class YttrandePdfTest {

    @Test
    void swedishTextRendersAndIsExtractedAgain() throws IOException {
        List<String> villkor = new ArrayList<>(Collections.nCopies(40,
                "Arrangören ska ha ordningsvakter vid alla in- och utgångar och en säkerhetsplan för Råsunda."));
        byte[] pdf = new YttrandePdf().render(new YttrandeContent("Solna stad", "KS/2026:0042", "5000-K123-26", 1,
                List.<String[]>of(new String[] {"Evenemang", "Julmarknad i Hagaparken"}), villkor, "Åsa Öberg",
                "Örjan Ärlig", LocalDate.of(2026, 11, 26)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Solna stad", "KS/2026:0042", "Polisens ärendenummer: 5000-K123-26",
                    "Julmarknad i Hagaparken", "Arrangören ska ha ordningsvakter", "Råsunda", "Handläggare: Åsa Öberg",
                    "Granskad av: Örjan Ärlig", "2026-11-26")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertTrue(document.getNumberOfPages() > 1, "40 villkor need more than one page");
        }
    }
}
