package se.tryggstad.portal.forum.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import se.tryggstad.portal.forum.workspace.domain.StoredFile;
import se.tryggstad.portal.shared.FieldProblem;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which files a forum may keep: PDF, common images, office documents and plain text, told by their
 * bytes (Apache Tika's magic detection), never by the name or the type the browser declared, and at
 * most {@code trygg.forum.document.max.mb} (env {@code TRYGG_FORUM_DOCUMENT_MAX_MB}) megabytes. An
 * office file's exact type may come from its name only when that type is a kind of what the bytes
 * say, so {@code evil.html} with text inside stays {@code text/plain}.
 *
 * <p>The default of 8 MB stays below Undertow's request limit ({@code max-post-size}, 10 MB by
 * default), so a too big file is answered by this check at its field rather than by a reset
 * connection; a larger limit needs a larger {@code max-post-size} too (see ADR 0013).
 */
@ApplicationScoped
public class DocumentPolicy {

    public static final String FIELD = "file";
    static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp",
            "text/plain", "application/x-tika-ooxml", "application/x-tika-msoffice", "application/msword",
            "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");
    private static final Set<String> OFFICE_CONTAINERS = Set.of("application/x-tika-ooxml",
            "application/x-tika-msoffice");
    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    @Inject
    @ConfigProperty(name = "trygg.forum.document.max.mb", defaultValue = "8")
    int maxMegabytes;

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    /** The problem with this upload, if any (missing, too big or a refused type). */
    public Optional<FieldProblem> problemWith(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of(new FieldProblem(FIELD, "forum.doc.fileMissing"));
        }
        if (content.length > maxBytes()) {
            return Optional.of(new FieldProblem(FIELD, "forum.doc.tooBig"));
        }
        if (!ALLOWED.contains(typeOfBytes(content))) {
            return Optional.of(new FieldProblem(FIELD, "forum.doc.type"));
        }
        return Optional.empty();
    }

    /** The file as stored; call only after {@link #problemWith} found nothing. */
    public StoredFile stored(String fileName, byte[] content) {
        String name = safeName(fileName);
        String type = typeOfBytes(content);
        if (OFFICE_CONTAINERS.contains(type)) {
            MediaType byName = MediaType.parse(TIKA.detect(name));
            if (byName != null && REGISTRY.isSpecializationOf(byName, MediaType.parse(type))) {
                type = byName.toString();
            }
        }
        return new StoredFile(name, type, content);
    }

    static String typeOfBytes(byte[] content) {
        MediaType type = MediaType.parse(TIKA.detect(content));
        return type == null ? "application/octet-stream" : type.getBaseType().toString();
    }

    /** The last segment of the name, without control characters or quotes; never empty. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"';]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() || name.matches("\\.+") ? "dokument" : name;
    }

    static List<String> allowedTypes() {
        return List.copyOf(ALLOWED);
    }
}
