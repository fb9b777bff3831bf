package se.tryggstad.portal.remiss.domain;

import java.util.regex.Pattern;

/**
 * The city's registry number of a remiss: series prefix, year and running number in the year, e.g.
 * {@code KS/2026:0123}. The number has at least four digits and grows past 9999 without breaking the order.
 */
public final class Diarienummer {

    private static final Pattern PREFIX = Pattern.compile("[A-ZÅÄÖ]{1,6}(-[A-ZÅÄÖ0-9]{1,6})?");
    private static final Pattern NUMBER = Pattern.compile("[A-ZÅÄÖ]{1,6}(-[A-ZÅÄÖ0-9]{1,6})?/[0-9]{4}:[0-9]{4,}");

    private Diarienummer() {
    }

    public static String of(String prefix, int year, int number) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a diarienummer prefix is 1-6 capital letters (e.g. KS), not " + prefix);
        }
        if (year < 1000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("no diarienummer for year " + year + " number " + number);
        }
        return prefix + "/" + year + ":" + String.format("%04d", number);
    }

    public static boolean isValid(String text) {
        return text != null && NUMBER.matcher(text).matches();
    }
}
