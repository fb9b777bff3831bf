package se.tryggstad.portal.remiss.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.tryggstad.portal.remiss.mail.RemissReminders;

/**
 * {@code POST /api/admin/remiss-reminders}: sends the due svarsdatum reminders now instead of at the timer's next
 * run; each remiss is still reminded once only.
 */
@Path("/admin/remiss-reminders")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class RemissReminderAdminResource {

    public record RemindersSent(int sent) {
    }

    @Inject
    RemissReminders reminders;

    @POST
    public RemindersSent remindNow() {
        return new RemindersSent(reminders.remindNow());
    }
}
