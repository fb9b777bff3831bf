package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.MemberOrganisation;
import se.tryggstad.portal.forum.workspace.application.DocumentService;
import se.tryggstad.portal.forum.workspace.application.ThreadService;
import se.tryggstad.portal.forum.workspace.application.ThreadService.ImportedPost;
import se.tryggstad.portal.forum.workspace.application.WalkPlan;
import se.tryggstad.portal.forum.workspace.application.WalkService;
import se.tryggstad.portal.forum.workspace.domain.Author;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo workspace of "Platssamverkan Solna centrum": a document with two versions and meeting notes,
 * two threads with replies, and a planned trygghetsvandring with a route around the centre. Only with
 * {@code TRYGG_DEMO_DATA=true}; idempotent (the first document is written last and marks it done),
 * through the application services.
 */
@Singleton
@Startup
@DependsOn("ForumDemoContent")
public class ForumWorkspaceDemoContent {

    private static final Logger LOG = Logger.getLogger(ForumWorkspaceDemoContent.class.getName());
    static final String FORUM = "Platssamverkan Solna centrum";
    static final String PLAN = "Trygghetsplan Solna centrum 2026";
    /** Inside the demo forum's area: from the station entrance across the square to the parking garage. */
    static final String ROUTE = "59.3600,17.9990;59.3605,18.0008;59.3611,18.0022;59.3604,18.0036;59.3592,18.0030";

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    ForumQueries forums;

    @Inject
    DocumentService documents;

    @Inject
    ThreadService threads;

    @Inject
    WalkService walks;

    @Inject
    Clock clock;

    @PostConstruct
    void loadOnce() {
        if (!enabled) {
            return;
        }
        Optional<ForumSummary> found = forums.all().stream().filter(f -> f.name().equals(FORUM)).findFirst();
        if (found.isEmpty() || documents.hasDocumentTitled(found.get().id(), PLAN)) {
            return;
        }
        ForumSummary forum = found.get();
        List<MemberOrganisation> members = forums.membersOf(forum);
        String organisation = members.isEmpty() ? null : members.get(0).name();
        Author partner = new Author("partner", organisation);
        Author city = new Author("personal", null);
        Instant now = clock.instant();

        threads.importThread(forum.id(), "Trasig belysning i gångtunneln mot stationen", List.of(
                new ImportedPost("Tre av lamporna i gångtunneln har varit släckta i över en vecka. Det känns otryggt "
                        + "på kvällarna, särskilt för våra ungdomar som går hem från träningen.", partner,
                        now.minus(Duration.ofDays(6))),
                new ImportedPost("Tack! Vi har skickat det vidare till gatuenheten som byter armaturerna nästa vecka.",
                        city, now.minus(Duration.ofDays(5))),
                new ImportedPost("Bra, vi tar med tunneln på trygghetsvandringen också.", partner,
                        now.minus(Duration.ofDays(4)))));
        threads.importThread(forum.id(), "Nattvandring under skollovet", List.of(
                new ImportedPost("Vi behöver fler vuxna som kan nattvandra fredagar under skollovet. Vem kan?",
                        partner, now.minus(Duration.ofDays(2))),
                new ImportedPost("Staden bjuder på fika och reflexvästar. Anmäl er i tråden.", city,
                        now.minus(Duration.ofDays(1)))));

        LocalDate thursday = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")))
                .with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        walks.importWalk(forum.id(), new WalkPlan("Trygghetsvandring i Solna centrum", thursday.toString(), "18:30",
                "Solna centrum, vid tunnelbanans uppgång", ROUTE, members.stream().map(MemberOrganisation::id).toList()),
                "partner");

        documents.importVersion(forum.id(), "Minnesanteckningar från uppstartsmötet", "minnesanteckningar.txt",
                ("Minnesanteckningar\n\nNärvarande: fastighetsägare, handlare, föreningar, staden och polisen.\n"
                        + "Beslut: trygghetsvandring i december; belysningen i gångtunneln prioriteras.\n")
                        .getBytes(StandardCharsets.UTF_8), city, now.minus(Duration.ofDays(20)));
        documents.importVersion(forum.id(), PLAN, "trygghetsplan-utkast.pdf", pdf("Trygghetsplan – utkast"), city,
                now.minus(Duration.ofDays(14)));
        documents.importVersion(forum.id(), PLAN, "trygghetsplan.pdf", pdf("Trygghetsplan – fastställd"), partner,
                now.minus(Duration.ofDays(3)));
        LOG.info("Demo forum workspace loaded");
    }

    /** A small valid PDF with one line of text. */
    static byte[] pdf(String line) {
        String text = line.replaceAll("[^A-Za-z ]", " ");
        String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
