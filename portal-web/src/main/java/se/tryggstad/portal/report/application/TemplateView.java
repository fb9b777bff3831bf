package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.AnswerTemplate;

import java.time.Instant;

/** An answer template in both languages, and who changed it last. */
public record TemplateView(long id, long version, String title, String textSv, String textEn, String updatedBy,
                           Instant updatedAt) implements java.io.Serializable {

    static TemplateView of(AnswerTemplate template) {
        return new TemplateView(template.id(), template.version(), template.title(), template.text("sv"),
                template.text("en"), template.updatedBy(), template.updatedAt());
    }

    public String text(String language) {
        return "en".equals(language) ? textEn : textSv;
    }
}
