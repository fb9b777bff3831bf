package se.tryggstad.portal.remiss.application;

import java.util.List;

/** A villkor on a remiss with its origin: the rule key and version and triggering fields, or none. */
public record VillkorLine(long id, String origin, String ruleKey, Integer ruleVersion, List<String> triggeredBy,
                          String text) {
}
