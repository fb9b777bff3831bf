/**
 * Persistence of the remiss context (persistence unit "remiss"), the diarienummer series, attachment checks by
 * content, the yttrande PDF (PDFBox) and what search knows of a remiss. May use the domain, event and search API.
 */
package se.tryggstad.portal.remiss.infrastructure;
