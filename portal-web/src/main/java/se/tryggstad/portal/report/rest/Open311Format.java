package se.tryggstad.portal.report.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes GeoReport v2 documents in JSON (arrays at the top level, as the spec shows) or XML (a root
 * element with one child per item, UTF-8 declaration). Values are strings, numbers, booleans, null,
 * or {@link Nested} lists.
 */
final class Open311Format {

    static final String JSON = "application/json; charset=UTF-8";
    static final String XML = "text/xml; charset=UTF-8";

    /** A list inside an item: {@code <name><child>…</child>…</name>} in XML, an array in JSON. */
    record Nested(String child, List<?> items) {
    }

    private Open311Format() {
    }

    static boolean isXml(String format) {
        return "xml".equals(format);
    }

    /** A list of items: a JSON array, or {@code <root><element>…</element></root>}. */
    static Response list(Response.Status status, String format, String root, String element,
                         List<Map<String, Object>> items) {
        if (isXml(format)) {
            return Response.status(status).type(XML).entity(xml(root, writer -> {
                for (Map<String, Object> item : items) {
                    writeElement(writer, element, item);
                }
            })).build();
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(jsonObject(item)));
        return Response.status(status).type(JSON).entity(array.build().toString()).build();
    }

    /** One object: a JSON object, or {@code <root>…</root>}. */
    static Response object(String format, String root, Map<String, Object> item) {
        if (isXml(format)) {
            return Response.ok().type(XML).entity(xml(root, writer -> writeFields(writer, item))).build();
        }
        return Response.ok().type(JSON).entity(jsonObject(item).build().toString()).build();
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement(root);
            body.write(writer);
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string failed", e);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void writeElement(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
        if (value instanceof Map<?, ?> map) {
            writer.writeStartElement(name);
            writeFields(writer, (Map<String, Object>) map);
            writer.writeEndElement();
        } else if (value instanceof Nested nested) {
            writer.writeStartElement(name);
            for (Object item : nested.items()) {
                writeElement(writer, nested.child(), item);
            }
            writer.writeEndElement();
        } else if (value == null) {
            writer.writeEmptyElement(name);
        } else {
            writer.writeStartElement(name);
            writer.writeCharacters(String.valueOf(value));
            writer.writeEndElement();
        }
    }

    private static void writeFields(XMLStreamWriter writer, Map<String, Object> fields) throws XMLStreamException {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            writeElement(writer, field.getKey(), field.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static JsonObjectBuilder jsonObject(Map<String, Object> fields) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof Nested nested) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                for (Object item : nested.items()) {
                    if (item instanceof Map<?, ?> map) {
                        array.add(jsonObject((Map<String, Object>) map));
                    } else {
                        array.add(String.valueOf(item));
                    }
                }
                object.add(name, array);
            } else if (value instanceof Boolean bool) {
                object.add(name, bool);
            } else if (value instanceof Integer number) {
                object.add(name, number);
            } else if (value instanceof Double number) {
                object.add(name, BigDecimal.valueOf(number));
            } else {
                object.add(name, String.valueOf(value));
            }
        });
        return object;
    }
}
