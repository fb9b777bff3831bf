package se.tryggstad.portal.remiss.application;

import java.util.Map;

/**
 * Figures for the remiss function: remisser per month received and per event type, the median handling time in
 * days (received → first yttrande sent) and the share of answered remisser that were answered by their svarsdatum
 * (both null while none is answered).
 */
public record RemissStatistics(long total, Map<String, Long> perMonth, Map<String, Long> perType,
                               Double medianHandlingDays, Double shareAnsweredInTime, long answered) {
}
