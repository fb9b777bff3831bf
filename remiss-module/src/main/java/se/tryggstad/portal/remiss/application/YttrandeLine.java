package se.tryggstad.portal.remiss.application;

import java.time.LocalDateTime;

/** A sent yttrande: its number, SHA-256, who wrote and reviewed it, where and when it went. */
public record YttrandeLine(long id, int number, String sha256, String author, String reviewer, String sentTo,
                           LocalDateTime sentAt) {
}
