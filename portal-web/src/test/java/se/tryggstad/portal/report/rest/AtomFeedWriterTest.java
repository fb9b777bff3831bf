package se.tryggstad.portal.report.rest;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.tryggstad.portal.report.application.PublicReport;
import se.tryggstad.portal.report.domain.ReportStatus;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AtomFeedWriterTest {

    private static final String ATOM = AtomFeedWriter.ATOM;
    private static final Instant CREATED = Instant.parse("2026-11-20T08:15:30.123Z");
    private static final Instant UPDATED = Instant.parse("2026-11-21T09:00:00Z");

    private static PublicReport report(String reference, String place, String description) {
        return new PublicReport(1, reference, "belysning", "Belysning", "Stadsbyggnad", place, description,
                ReportStatus.NY, 0, CREATED, UPDATED, 59.36, 18.0, null);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void writesAValidAtomFeedThatParsesBack() throws Exception {
        String xml = AtomFeedWriter.write("Nya rapporter", "https://trygg.example", "https://trygg.example/api/reports/feed.atom?lang=sv",
                "sv", List.of(report("TR-2026-000123", "Råsunda <torg> & park", "Lampan \"blinkar\".")),
                Instant.parse("2026-11-26T00:00:00Z"));
        Element feed = parse(xml).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("https://trygg.example/api/reports/feed.atom?lang=sv", child(feed, "id"));
        assertEquals("2026-11-21T09:00:00Z", child(feed, "updated"), "the newest entry's time");
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals("https://trygg.example/rapporter.xhtml?referens=TR-2026-000123", child(entry, "id"));
        assertEquals("Belysning · Råsunda <torg> & park", child(entry, "title"));
        assertEquals("Lampan \"blinkar\".", child(entry, "summary"));
        assertEquals("2026-11-20T08:15:30Z", child(entry, "published"), "RFC 3339 without fractions");
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals("https://trygg.example/rapporter.xhtml?referens=TR-2026-000123", link.getAttribute("href"));
        assertEquals("alternate", link.getAttribute("rel"));
        assertFalse(xml.contains("token"), "never a tracking token");
    }

    @Test
    void anEmptyFeedIsStillValidAndDatedNow() throws Exception {
        Element feed = parse(AtomFeedWriter.write("Tomt", "https://trygg.example", "https://trygg.example/f", "en",
                List.of(), Instant.parse("2026-11-26T00:00:00Z"))).getDocumentElement();
        assertEquals("2026-11-26T00:00:00Z", child(feed, "updated"));
        assertEquals(0, feed.getElementsByTagNameNS(ATOM, "entry").getLength());
        assertEquals("Trygg stad", child((Element) feed.getElementsByTagNameNS(ATOM, "author").item(0), "name"));
    }
}
