package se.tryggstad.portal.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A Swedish organisationsnummer: ten digits, the third at least 2 (so it is never a personnummer),
 * the last a Luhn check digit. Written {@code NNNNNN-NNNN}; a {@code 16} century prefix is accepted.
 */
public final class OrganisationNumber {

    private final String digits;

    private OrganisationNumber(String digits) {
        this.digits = digits;
    }

    /** The number, or empty when the text is not a valid organisation number. */
    public static Optional<OrganisationNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replace("-", "").replace(" ", "");
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        if (digits.charAt(2) < '2' || checkDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
            return Optional.empty();
        }
        return Optional.of(new OrganisationNumber(digits));
    }

    public static OrganisationNumber of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an organisation number: " + text));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** The Luhn (mod 10) check digit of nine digits, doubling from the first. */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int value = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value / 10 + value % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** The usual written form, {@code NNNNNN-NNNN}. */
    public String value() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationNumber number && number.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return value();
    }
}
