package se.tryggstad.portal.remiss.requirements.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a clause compares a field with its value; {@link #symbol()} is how rules write it. */
public enum Operator {
    AT_LEAST(">="), MORE_THAN(">"), AT_MOST("<="), IS_TRUE("is true"), IS_FALSE("is false"), IN("in"), AFTER("after");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a clause with this operator needs a value (booleans need none). */
    public boolean takesValue() {
        return this != IS_TRUE && this != IS_FALSE;
    }

    /** The operator written as its symbol ({@code >=}) or its constant name ({@code AT_LEAST}). */
    public static Optional<Operator> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(operator -> operator.symbol.equalsIgnoreCase(wanted) || operator.name().equals(wanted))
                .findFirst();
    }
}
