package se.tryggstad.portal.it;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportService;
import se.tryggstad.portal.report.application.Submitted;
import se.tryggstad.portal.report.domain.ReportDraft;
import se.tryggstad.portal.report.domain.ReportStatus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Inside the deployed portal: a new report has its id before it is written, and is written at the
 * commit (ADR 0014); work that follows in the same transaction still finds it, as the demo content's
 * status changes and a forum walk's finding do.
 */
@ExtendWith(ArquillianExtension.class)
class ReportCreationIT {

    @Deployment
    static EnterpriseArchive portal() {
        return TestServer.portalEarRunning(ReportCreationIT.class);
    }

    @Inject
    UserTransaction tx;

    @Inject
    ReportService reports;

    @Inject
    ReportQueries queries;

    @Test
    void aReportCreatedInATransactionIsHandledInTheSameTransaction() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Submitted submitted;
        boolean committed = false;
        tx.begin();
        try {
            submitted = reports.submitAsOf(new ReportDraft("belysning", 59.3601, 18.0003, "Solna centrum, vid entrén",
                    "Lampan vid entrén är trasig sedan i söndags.", Set.of(), Set.of(), null, null, false, "sv"),
                    now.minus(1, ChronoUnit.HOURS));
            reports.changeStatusAsOf(submitted.id(), ReportStatus.MOTTAGEN, "Tack, vi tittar på det.",
                    "it-handlaggare", now);
            tx.commit();
            committed = true;
        } finally {
            if (!committed && tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        }
        assertEquals(ReportStatus.MOTTAGEN, queries.byReference(submitted.reference(), "sv").orElseThrow().status());
    }
}
