package se.tryggstad.portal.report.rest;

import se.tryggstad.portal.report.application.PublicReport;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Writes public reports as an Atom 1.0 feed (RFC 4287) with StAX, which escapes all text. Entries
 * hold only what the public list shows: category and place as title, the description as summary and
 * the permanent public link (no tracking token, no contact details) as id and link.
 */
final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeedWriter() {
    }

    /**
     * @param portalUrl the portal's public base URL, without a trailing slash
     * @param selfUrl   the feed's own URL (also its id: the same query is the same feed)
     * @param now       used as the feed's updated time when it has no entries
     */
    static String write(String title, String portalUrl, String selfUrl, String language, List<PublicReport> reports,
                        Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
            text(xml, "id", selfUrl);
            text(xml, "title", title);
            Instant updated = reports.stream().map(PublicReport::updatedAt).max(Comparator.naturalOrder()).orElse(now);
            text(xml, "updated", timestamp(updated));
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", portalUrl + "/rapporter.xhtml", "text/html");
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", "Trygg stad");
            text(xml, "uri", portalUrl + "/");
            xml.writeEndElement();
            for (PublicReport report : reports) {
                String publicUrl = portalUrl + "/rapporter.xhtml?referens="
                        + URLEncoder.encode(report.reference(), StandardCharsets.UTF_8);
                xml.writeStartElement(ATOM, "entry");
                text(xml, "id", publicUrl);
                text(xml, "title", report.categoryName() + " · " + report.place());
                text(xml, "updated", timestamp(report.updatedAt()));
                text(xml, "published", timestamp(report.createdAt()));
                link(xml, "alternate", publicUrl, "text/html");
                xml.writeStartElement(ATOM, "category");
                xml.writeAttribute("term", report.categoryCode());
                xml.writeAttribute("label", report.categoryName());
                xml.writeEndElement();
                text(xml, "summary", report.description());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an Atom feed is always writable to a string", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeStartElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
        xml.writeEndElement();
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
