/**
 * Finding things on the portal: who is searching (as a search {@code Viewer}) and how search
 * parameters from a URL are read. Keeps no documents and no index of its own; may use only the
 * search API. The page lives in {@code finder.web}, the JSON API in {@code finder.rest}.
 */
package se.tryggstad.portal.finder;
