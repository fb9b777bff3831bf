package se.tryggstad.portal.remiss.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import se.tryggstad.portal.remiss.application.Registered;
import se.tryggstad.portal.remiss.application.RemissService;
import se.tryggstad.portal.remiss.domain.AttachmentUpload;
import se.tryggstad.portal.remiss.domain.RemissRejected;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** /staff/remisser/ny.xhtml: staff register a remiss from the police's e-mail, with its attachments. */
@Named
@ViewScoped
public class RemissNewView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "remiss";
    static final Set<String> FIELDS = Set.of("policeCaseNumber", "receivedOn", "answerBy", "policeEmail",
            "organiserName", "organisationNumber", "contactName", "contactPhone", "contactEmail", "eventName",
            "eventType", "placeAddress", "latitude", "placeKind", "buildUpStarts", "starts", "ends", "teardownEnds",
            "peakVisitors", "totalVisitors", "temporaryStructures", "soundEndsAt", "attachments");

    @Inject
    RemissService remisser;

    private final RemissForm form = new RemissForm();
    private transient List<Part> attachments;

    public String register() {
        List<AttachmentUpload> uploads;
        try {
            uploads = uploads(attachments);
        } catch (IOException e) {
            FacesMessages.error(FORM + ":attachments", "remiss.attachment.unreadable");
            return null;
        }
        try {
            String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            Registered registered = remisser.register(form.application(), uploads, user, form.portalProblems());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("remiss.registered", registered.diarienummer());
            return "/staff/remisser/remiss.xhtml?faces-redirect=true&id=" + registered.id();
        } catch (RemissRejected rejected) {
            RemissRefusals.show(rejected, FORM, FIELDS);
            return null;
        }
    }

    static List<AttachmentUpload> uploads(List<Part> parts) throws IOException {
        List<AttachmentUpload> uploads = new ArrayList<>();
        for (Part part : parts == null ? List.<Part>of() : parts) {
            if (part.getSize() == 0 && (part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank())) {
                continue;
            }
            try (InputStream content = part.getInputStream()) {
                uploads.add(new AttachmentUpload(part.getSubmittedFileName(), content.readAllBytes()));
            }
        }
        return uploads;
    }

    public RemissForm getForm() {
        return form;
    }

    public List<Part> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<Part> attachments) {
        this.attachments = attachments;
    }
}
