package se.tryggstad.portal.report.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * GeoReport v2 says everything a client sends is UTF-8; a form posted without a charset would
 * otherwise be read as ISO-8859-1 ("Råsunda" would become "RÃ¥sunda"). Registered only in
 * {@link Open311Api}.
 */
@PreMatching
public class Open311Utf8Forms implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE,
                    MediaType.APPLICATION_FORM_URLENCODED_TYPE.withCharset("UTF-8").toString());
        }
    }
}
