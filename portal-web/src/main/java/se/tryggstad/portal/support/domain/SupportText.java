package se.tryggstad.portal.support.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** What a support service says about itself in one language. */
@Embeddable
public class SupportText {

    static final int NAME_MAX = 160;
    static final int FOR_WHOM_MAX = 1000;
    static final int WHAT_HAPPENS_MAX = 2000;
    static final int DESCRIPTION_MAX = 4000;
    static final int OPENING_HOURS_MAX = 300;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "for_whom", length = FOR_WHOM_MAX)
    private String forWhom;

    @Column(name = "what_happens", length = WHAT_HAPPENS_MAX)
    private String whatHappens;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "opening_hours", length = OPENING_HOURS_MAX)
    private String openingHours;

    protected SupportText() {
        // for JPA
    }

    private SupportText(String name, String forWhom, String whatHappens, String description, String openingHours) {
        this.name = name;
        this.forWhom = forWhom;
        this.whatHappens = whatHappens;
        this.description = description;
        this.openingHours = openingHours;
    }

    /**
     * A checked text; {@code fieldPrefix} (e.g. {@code en.}) tells which language's inputs a violation is about.
     *
     * @throws SupportRuleViolation when the name or description is missing or a text is too long
     */
    public static SupportText of(String fieldPrefix, String name, String forWhom, String whatHappens,
                                 String description, String openingHours) {
        return new SupportText(
                Texts.required(name, NAME_MAX, fieldPrefix + "name"),
                Texts.optional(forWhom, FOR_WHOM_MAX, fieldPrefix + "forWhom"),
                Texts.optional(whatHappens, WHAT_HAPPENS_MAX, fieldPrefix + "whatHappens"),
                Texts.required(description, DESCRIPTION_MAX, fieldPrefix + "description"),
                Texts.optional(openingHours, OPENING_HOURS_MAX, fieldPrefix + "openingHours"));
    }

    public String name() {
        return name;
    }

    public String forWhom() {
        return forWhom;
    }

    public String whatHappens() {
        return whatHappens;
    }

    public String description() {
        return description;
    }

    public String openingHours() {
        return openingHours;
    }

    /** Every text joined, for search. */
    public String searchableBody() {
        StringBuilder body = new StringBuilder(description);
        for (String part : new String[] {forWhom, whatHappens, openingHours}) {
            if (part != null) {
                body.append(' ').append(part);
            }
        }
        return body.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SupportText that && name.equals(that.name) && Objects.equals(forWhom, that.forWhom)
                && Objects.equals(whatHappens, that.whatHappens) && description.equals(that.description)
                && Objects.equals(openingHours, that.openingHours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description);
    }
}
