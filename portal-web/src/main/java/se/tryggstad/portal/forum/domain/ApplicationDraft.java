package se.tryggstad.portal.forum.domain;

import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.OrganisationNumber;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an organisation sends when it applies: its name, organisationsnummer and type, one contact
 * person (name, e-mail, phone optional) and the forums it wants to join.
 */
public record ApplicationDraft(String organisationName, String organisationNumber, ApplicantType type,
                               String contactName, String contactEmail, String contactPhone, Set<Long> forumIds,
                               String language) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()-]{6,40}");
    private static final Pattern NUMBER_FORMAT = Pattern.compile("(16)?[0-9]{6}-?[0-9]{4}");

    public ApplicationDraft {
        organisationName = strip(organisationName);
        organisationNumber = strip(organisationNumber);
        contactName = strip(contactName);
        contactEmail = strip(contactEmail);
        contactPhone = strip(contactPhone);
        forumIds = forumIds == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(forumIds));
        language = "en".equals(language) ? "en" : "sv";
    }

    /** Everything wrong, each at its field; empty when the draft is fine (the forums are checked by the service). */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (organisationName.isEmpty() || organisationName.length() > 160) {
            problems.add(new FieldProblem("organisationName", "forum.apply.organisationName.invalid"));
        }
        numberProblem(organisationNumber).ifPresent(key -> problems.add(new FieldProblem("organisationNumber", key)));
        if (type == null) {
            problems.add(new FieldProblem("type", "forum.apply.type.invalid"));
        }
        if (contactName.isEmpty() || contactName.length() > 120) {
            problems.add(new FieldProblem("contactName", "forum.apply.contactName.invalid"));
        }
        if (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches()) {
            problems.add(new FieldProblem("contactEmail", "forum.apply.contactEmail.invalid"));
        }
        if (!contactPhone.isEmpty() && !PHONE.matcher(contactPhone).matches()) {
            problems.add(new FieldProblem("contactPhone", "forum.apply.contactPhone.invalid"));
        }
        if (forumIds.isEmpty()) {
            problems.add(new FieldProblem("forumIds", "forum.apply.forums.none"));
        }
        return problems;
    }

    /**
     * A wrong organisationsnummer, told apart: not ten digits at all, or ten digits whose check digit
     * (or third digit, which is at least 2 for an organisation) does not add up.
     */
    static java.util.Optional<String> numberProblem(String number) {
        String compact = number.replace(" ", "");
        if (!NUMBER_FORMAT.matcher(compact).matches()) {
            return java.util.Optional.of("forum.apply.organisationNumber.format");
        }
        if (!OrganisationNumber.isValid(compact)) {
            return java.util.Optional.of("forum.apply.organisationNumber.checkDigit");
        }
        return java.util.Optional.empty();
    }

    public static boolean isEmailAddress(String text) {
        return text != null && text.strip().length() <= 254 && EMAIL.matcher(text.strip()).matches();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
