package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.application.ReportAdministration;
import se.tryggstad.portal.report.application.ReportHandlingQueries;

import java.util.logging.Logger;

/** A few answer templates for the status form, in Swedish and English; loaded once, when there are none. */
@Singleton
@Startup
@DependsOn("DemoContent")
public class ReportTemplateDemoContent {

    private static final Logger LOG = Logger.getLogger(ReportTemplateDemoContent.class.getName());
    private static final String HANDLER = "demo-handlaggare";

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    ReportAdministration administration;

    @Inject
    ReportHandlingQueries queries;

    @PostConstruct
    void loadOnce() {
        if (!enabled || !queries.templates().isEmpty()) {
            return;
        }
        administration.createTemplate("Mottagen – vi undersöker",
                "Tack för din rapport! Vi har tagit emot den och undersöker platsen inom en vecka.",
                "Thank you for your report! We have received it and will look at the place within a week.", HANDLER);
        administration.createTemplate("Åtgärdad",
                "Tack för din rapport! Vi har åtgärdat problemet. Hör gärna av dig igen om det kommer tillbaka.",
                "Thank you for your report! We have fixed the problem. Please tell us again if it comes back.",
                HANDLER);
        administration.createTemplate("Vidarebefordrad till polisen",
                "Tack för din rapport! Det du beskriver är en fråga för polisen, och vi har skickat den vidare. "
                        + "Vid brott som pågår: ring 112.",
                "Thank you for your report! What you describe is a matter for the police, and we have passed it "
                        + "on. If a crime is going on: call 112.", HANDLER);
        LOG.info("Demo answer templates created.");
    }
}
