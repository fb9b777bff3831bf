package se.tryggstad.portal.forum.workspace.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.forum.workspace.application.DocumentFile;
import se.tryggstad.portal.forum.workspace.application.DocumentRow;
import se.tryggstad.portal.forum.workspace.application.DocumentService;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A forum's documents: {@code GET} the list with histories, {@code POST} a new version as
 * {@code multipart/form-data} (parts {@code title} and {@code file}), {@code GET
 * {documentId}/versions/{n}} downloads a version as an attachment.
 */
@Path("/partner/forums/{forumId: [0-9]{1,18}}/documents")
@RequestScoped
@RolesAllowed({"PARTNER", "STAFF", "ADMIN"})
public class ForumDocumentResource {

    @Inject
    DocumentService documents;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<DocumentResponse> list(@PathParam("forumId") long forumId) {
        return documents.documents(forumId).stream().map(DocumentResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("forumId") long forumId, List<EntityPart> parts) throws IOException {
        String title = null;
        String fileName = null;
        byte[] content = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("title".equals(part.getName())) {
                title = new String(part.getContent().readNBytes(4096), StandardCharsets.UTF_8);
            } else if ("file".equals(part.getName())) {
                fileName = part.getFileName().orElse(null);
                try (InputStream in = part.getContent()) {
                    // One byte past the limit is enough to know it is too big.
                    content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, documents.maxBytes() + 1));
                }
            }
        }
        DocumentRow row = documents.upload(forumId, title, fileName, content);
        return Response.created(URI.create("partner/forums/" + forumId + "/documents/" + row.id()))
                .entity(DocumentResponse.of(row)).build();
    }

    @GET
    @Path("{documentId: [0-9]{1,18}}/versions/{number: [0-9]{1,6}}")
    public Response download(@PathParam("forumId") long forumId, @PathParam("documentId") long documentId,
                             @PathParam("number") int number) {
        DocumentFile file = documents.download(forumId, documentId, number);
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
